package org.bianmin.report.application;

import java.io.Serializable;

/**
 * One line of the dashboard: an office (by its code) or a town (by its division code), named in both languages.
 *
 * @param nameEn null when nobody entered an English name
 */
public record DashboardRow(String code, String name, String nameEn, Figures figures) implements Serializable {}
