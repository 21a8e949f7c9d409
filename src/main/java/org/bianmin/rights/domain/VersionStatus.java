package org.bianmin.rights.domain;

/** Where a version of the list stands: only a published version is read and commented on. */
public enum VersionStatus {
    /** being written by the owning office; nobody else sees it */
    DRAFT,
    /** the current list: at most one at a time */
    PUBLISHED,
    /** replaced by a later version; still readable, no longer open for feedback */
    SUPERSEDED
}
