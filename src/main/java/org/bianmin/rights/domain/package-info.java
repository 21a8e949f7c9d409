/**
 * The farmers' participation rights-and-responsibilities list (农民参与乡村建设权责清单): its versions (draft, published,
 * superseded) with their items grouped by stage, villagers' feedback on an item (agree, suggest a change, object, ask;
 * named or anonymous), answers, moderation, and the trace from a new version back to the feedback it adopted.
 */
package org.bianmin.rights.domain;
