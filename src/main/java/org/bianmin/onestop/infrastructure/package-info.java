/** JPA repositories for the catalogue and requests; the upload content check and the receipt's QR code. */
package org.bianmin.onestop.infrastructure;
