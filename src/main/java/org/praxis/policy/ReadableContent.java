package org.praxis.policy;

import java.util.Collection;
import java.util.Set;

/**
 * Answers, for one type of content a module owns, which of some items an actor may read now.
 * Notifications, digests, newsletters and live updates ask it again when they are shown or sent
 * (never trusting what was true when they were made): a removed item, a member who left, or a
 * hidden working group the reader is not in all answer "no".
 */
public interface ReadableContent {

    /** The subject type this answers for, e.g. {@code DISCUSSION}, {@code COMMENT}, {@code FILE}. */
    String type();

    /** The ids among {@code ids} that the actor may read; unknown or removed ids are left out. */
    Set<Long> readableBy(Actor actor, Collection<Long> ids);
}
