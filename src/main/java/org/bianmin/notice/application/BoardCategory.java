package org.bianmin.notice.application;

import java.io.Serializable;

/** A decision category as the board's filter offers it. */
public record BoardCategory(String code, String nameZh, String nameEn) implements Serializable {}
