package org.praxis.library;

/** A folder of a community's files, with how many files it holds. */
public record FolderView(long id, String name, long files) {
}
