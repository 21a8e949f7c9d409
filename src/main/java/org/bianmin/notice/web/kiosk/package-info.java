/** The notice board at a village kiosk: its own village first, in large type (notice and objection pages are shared). */
package org.bianmin.notice.web.kiosk;
