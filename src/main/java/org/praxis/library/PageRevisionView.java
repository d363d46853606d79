package org.praxis.library;

import java.time.Instant;

/**
 * One saved version of a page, as the history lists it: its number (1 is the first), its title,
 * who saved it and when ({@code editor} is null for someone no longer listed), and whether it is
 * the current text.
 */
public record PageRevisionView(long id, int number, String title, String editor, Instant savedAt, boolean current) {
}
