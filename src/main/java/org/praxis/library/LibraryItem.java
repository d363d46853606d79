package org.praxis.library;

/**
 * A file or a page as a notification names it: its title, its community and the path of its
 * page. It carries no access decision: the sender asks {@code ReadableContent} ("FILE" or
 * "PAGE") about each reader first. {@code authorId} is a file's uploader, or the last editor of a page.
 */
public record LibraryItem(long id, long communityId, String communitySlug, String title, String path, long authorId) {
}
