package org.praxis.discussion;

import java.time.Instant;

/** A text an edit replaced: who replaced it, when, and what it said. */
public record RevisionView(Instant replacedAt, Author editor, String title, String body) {
}
