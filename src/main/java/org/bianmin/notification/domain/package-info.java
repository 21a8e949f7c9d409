/**
 * The notification outbox: a message waiting to be sent, its recipient, and the retry rule. A row is written in the
 * same transaction as the business action it reports and sent later, so a failed send never undoes the action.
 */
package org.bianmin.notification.domain;
