/** JPA repositories, argon2id hashing and the Shiro realm for identity. */
package org.bianmin.identity.infrastructure;
