package org.bianmin.report.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Where the ledger becomes a file: an Excel workbook, with headers and labels in the reader's language. */
public interface LedgerWriter {

    /** A ledger never grows beyond this; a longer period must be exported in parts. */
    int MAX_ROWS = 100_000;

    /**
     * Writes the rows (at most {@link #MAX_ROWS}) to {@code out}, which stays open.
     *
     * @return how many rows were written
     */
    int write(Iterable<LedgerRow> rows, Locale locale, OutputStream out) throws IOException;
}
