/** Staff accounts, roles and data scope, sign-in protection and the audit log. */
package org.bianmin.identity.domain;
