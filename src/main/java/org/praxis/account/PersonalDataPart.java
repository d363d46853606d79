package org.praxis.account;

import java.util.List;

/**
 * One module's share of a member's personal data, for the export a member downloads. Each module
 * implements it over its own tables; the account module, which every other module depends on,
 * collects the parts without knowing them.
 */
public interface PersonalDataPart {

    /** The key of this part in data.json. */
    String name();

    /** What this module holds about the member or wrote by them: records and lists, written as JSON. */
    Object export(long accountId);

    /** Stored files the member uploaded, added to the archive beside data.json. */
    default List<PersonalFile> files(long accountId) {
        return List.of();
    }
}
