/** The JPA outbox, the scheduled dispatcher that drains it, and the senders (log only, or an HTTP SMS gateway). */
package org.bianmin.notification.infrastructure;
