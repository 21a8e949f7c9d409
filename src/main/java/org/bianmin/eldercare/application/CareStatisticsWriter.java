package org.bianmin.eldercare.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.bianmin.eldercare.domain.CareStatistics;

/** Writes the home-care figures as a workbook (implemented with Apache POI in infrastructure). */
public interface CareStatisticsWriter {

    void write(CareStatistics.Figures figures, Locale locale, OutputStream out) throws IOException;
}
