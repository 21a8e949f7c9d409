/** JPA repositories and the scheduled deadline job of the workflow. */
package org.bianmin.matter.infrastructure;
