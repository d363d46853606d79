package org.praxis.account;

import java.util.List;

/**
 * One module's part in deleting an account: what it would take away (shown to the member
 * first), what stops the deletion, and the erasing itself. Implemented by each module over its
 * own tables, as {@link PersonalDataPart} is for the export.
 */
public interface AccountErasure {

    /** A count of the member's things this module holds, under a message key taking the count. */
    record Consequence(String messageKey, long count) {
    }

    /** Something the member must settle first, with the page where they can. */
    record Blocker(String name, String path) {
    }

    default List<Consequence> consequences(long accountId) {
        return List.of();
    }

    default List<Blocker> blockers(long accountId) {
        return List.of();
    }

    /**
     * Erases the member's personal data here, in the deleting transaction. With
     * {@code contributions} what they wrote or uploaded is removed from every read path too;
     * without, it stays and shows as written by a former member.
     */
    void erase(long accountId, boolean contributions);
}
