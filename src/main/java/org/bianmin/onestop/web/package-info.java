/** Backing beans of the kiosk filing screens, the receipt, the helper's pages and the catalogue admin page. */
package org.bianmin.onestop.web;
