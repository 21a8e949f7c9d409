/** Backing beans for the notification pages: the demo-mode message list. */
package org.bianmin.notification.web;
