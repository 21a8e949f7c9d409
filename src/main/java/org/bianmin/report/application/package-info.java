/**
 * Statistics and exports over the workflow's matters: the office dashboard and the matter ledger (台账). The data
 * scope comes from the signed-in staff member's desk here, never from the page; the counts are grouped in the
 * database and only the small remainder (working days to resolve) is worked out in Java.
 */
package org.bianmin.report.application;
