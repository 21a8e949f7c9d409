package org.bianmin.rights.application;

import java.io.Serializable;
import org.bianmin.rights.domain.ItemKind;

/** What the office typed for an item; checked when it becomes the item's content. */
public record ItemDraft(ItemKind kind, Long stageId, String title, String body, String basis) implements Serializable {}
