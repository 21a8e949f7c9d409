/**
 * The public notice board (四议两公开) without sign-in: its permanent addresses and caching ({@link
 * org.bianmin.notice.web.pub.BoardFilter}), the board, a village's board, a notice, the objection form, result photos and
 * the village QR posters (一村一码). Every page is stateless.
 */
package org.bianmin.notice.web.pub;
