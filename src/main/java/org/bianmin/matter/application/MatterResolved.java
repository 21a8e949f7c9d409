package org.bianmin.matter.application;

import java.time.LocalDateTime;
import org.bianmin.matter.domain.MatterType;

/**
 * A matter was resolved (办结) with a reply. Fired inside the resolving transaction, so a feature that filed the matter
 * can record the reply with its own item (the rights list shows it as the answer to the feedback) and both commit, or
 * neither does. Observers must not refuse: the office has answered.
 *
 * @param by the user name of the staff member who resolved it
 */
public record MatterResolved(long matterId, MatterType type, String reply, String by, LocalDateTime at) {}
