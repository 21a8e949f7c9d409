/**
 * Backing beans of the home-care pages: kiosk and helper forms, staff and clerk desks, the public posting, admin; and
 * (care-plans) providers, service plans, reviews, statistics and the public recipient list.
 */
package org.bianmin.eldercare.web;
