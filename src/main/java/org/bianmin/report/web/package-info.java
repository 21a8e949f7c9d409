/** Backing beans of the report pages: the staff dashboard with its chart and the ledger download. */
package org.bianmin.report.web;
