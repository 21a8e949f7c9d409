/**
 * The kiosk device filter and cookie, the administrator's kiosk page and the enrolment page a machine is sent to
 * until it is an enrolled kiosk.
 */
package org.bianmin.kiosk.web;
