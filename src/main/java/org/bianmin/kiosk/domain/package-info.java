/**
 * Kiosk devices: the touch terminals in village service rooms. A kiosk belongs to one village; a machine becomes that
 * kiosk by exchanging a one-time enrolment code for a device token, and stops being it when revoked or re-enrolled.
 */
package org.bianmin.kiosk.domain;
