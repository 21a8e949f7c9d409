package org.bianmin.rights.domain;

/** Whether an item tells villagers what they may do or what they should do. */
public enum ItemKind {
    /** 权利 */
    RIGHT,
    /** 责任 */
    RESPONSIBILITY
}
