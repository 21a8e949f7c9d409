package org.bianmin.rights.domain;

import org.bianmin.matter.domain.FilingKeys;

/**
 * One key per feedback form, so a double tap or a resubmitted page stores the feedback once: the same contract as
 * the workflow's filing keys, with the feedback's id in place of a matter's.
 */
public interface FeedbackKeys extends FilingKeys {}
