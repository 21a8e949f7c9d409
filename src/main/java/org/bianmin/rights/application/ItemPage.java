package org.bianmin.rights.application;

import java.io.Serializable;
import java.util.List;

/**
 * One item with all its visible feedback (on this and earlier versions of the item), for its own page.
 *
 * @param versionNumber the version the item is shown from: the published one, or the last that had it
 * @param open whether the item is in the published version and so takes feedback now
 */
public record ItemPage(int versionNumber, PublicItem item, List<PublicFeedback> feedback, boolean open)
        implements Serializable {}
