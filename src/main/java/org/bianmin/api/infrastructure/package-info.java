/** JPA repositories for API keys and the read-only query behind the API's request lists. */
package org.bianmin.api.infrastructure;
