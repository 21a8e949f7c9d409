package org.bianmin.notice.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Writes a village's decision register for a period as a workbook. */
public interface RegisterWriter {

    void write(List<DecisionView> matters, RegisterPeriod period, Locale locale, OutputStream out) throws IOException;
}
