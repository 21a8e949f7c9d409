/**
 * Use cases for kiosk devices (administrators create, re-enrol and revoke them; a machine enrols with its code) and
 * the kiosk a request comes from; each public method of the service is one transaction.
 */
package org.bianmin.kiosk.application;
