package org.praxis.account;

/** A stored file of a member's export: where it goes in the archive and its key in the file store. */
public record PersonalFile(String path, String storageKey) {
}
