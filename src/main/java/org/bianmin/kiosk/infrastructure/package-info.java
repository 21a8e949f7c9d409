/** The JPA repository for kiosk devices. */
package org.bianmin.kiosk.infrastructure;
