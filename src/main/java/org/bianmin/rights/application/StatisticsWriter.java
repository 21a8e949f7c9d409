package org.bianmin.rights.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Where a version's statistics become a file: an Excel workbook, headers and labels in the reader's language. */
public interface StatisticsWriter {

    /** Writes the workbook to {@code out}, which stays open. */
    void write(VersionStatistics statistics, Locale locale, OutputStream out) throws IOException;
}
