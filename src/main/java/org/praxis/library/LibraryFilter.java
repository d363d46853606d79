package org.praxis.library;

/** What a reader filters the public library by; null fields do not filter. */
public record LibraryFilter(String words, Long topic, String language, Integer year) {
}
