package org.praxis.library;

/**
 * What members say about a file: its title (the file's name when left empty on upload), a
 * description, its language (ISO 639-1) and its folder (none when null).
 */
public record FileText(String title, String description, String language, Long folderId) {
}
