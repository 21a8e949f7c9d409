/**
 * Backing beans of the rights list's pages: reading, an item, what a version changed and the feedback form (public
 * and kiosk pages share them: {@code pub}), and the owning office's pages ({@code staff}); the menu entry.
 */
package org.bianmin.rights.web;
