/** JPA repositories of the list, its stages and its feedback; the feedback form keys; the statistics workbook. */
package org.bianmin.rights.infrastructure;
