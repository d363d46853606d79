package org.praxis.shared.limits;

/**
 * Someone whose actions are counted: an account, and whether it is staff. Staff are never
 * limited (they clean up after floods) and what they do is not counted. The access policy's
 * actor is one, so use cases pass it as it is.
 */
public interface Participant {

    /** The account, or null for a visitor (who cannot do anything limited). */
    Long accountId();

    boolean staff();
}
