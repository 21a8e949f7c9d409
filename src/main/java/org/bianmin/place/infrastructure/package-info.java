/** JPA repositories for places and offices. */
package org.bianmin.place.infrastructure;
