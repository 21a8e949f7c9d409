/** Use cases for sign-in, accounts and the audit log; each public method is one transaction. */
package org.bianmin.identity.application;
