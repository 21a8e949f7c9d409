/** The report queries in JPQL over the matter table, and the ledger written as an .xlsx workbook with Apache POI. */
package org.bianmin.report.infrastructure;
