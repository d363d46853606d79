package org.praxis.moderation;

import java.util.List;

/** A page of the moderation log, newest first, and whether an older page follows. */
public record LogPage(List<LogRow> rows, int page, boolean more) {
}
