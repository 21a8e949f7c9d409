/**
 * The public pages /public/rights/** and their kiosk twins /kiosk/rights/** (the kiosk pages show the same with large
 * type, and the kiosk's village stands in for what a person would otherwise choose). Named {@code pub} because
 * {@code public} is a Java keyword. Every page here is stateless: nothing is kept between requests.
 */
package org.bianmin.rights.web.pub;
