/**
 * Queueing notifications from other features' use cases, rendering their texts from the notifications bundle, and the
 * port through which they leave the system.
 */
package org.bianmin.notification.application;
