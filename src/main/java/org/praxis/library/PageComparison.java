package org.praxis.library;

import java.util.List;

/**
 * A saved version of a page compared with its current text: the titles of both, and the lines
 * the current text removed from that version or added to it. {@code canRestore} says whether the
 * reader may bring that version back.
 */
public record PageComparison(long pageId, PageRevisionView revision, String revisionTitle, String currentTitle,
                             List<PageDiff.Line> lines, boolean changed, boolean canRestore) {
}
