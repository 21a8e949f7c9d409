package org.bianmin.rights.application;

import java.io.Serializable;
import java.util.List;

/** The items of one stage, rights and responsibilities apart. */
public record StageGroup(String code, String name, List<PublicItem> rights, List<PublicItem> responsibilities)
        implements Serializable {}
