/** Backing beans of the home-care pages: kiosk and helper forms, staff and clerk desks, the public posting, admin. */
package org.bianmin.eldercare.web;
