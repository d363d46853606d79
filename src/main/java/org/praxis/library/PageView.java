package org.praxis.library;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page as one reader sees it: its text in parts (sanitised HTML from the Markdown, and the
 * lists of the blocks it embeds, already filtered for this reader), the trail of pages above
 * it, the pages under it the reader may see, and when and by whom it was last saved. The
 * Markdown source ({@code body}) is only there for those who may edit it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageView(long id, String title, List<Part> parts, String body, boolean membersOnly, Long parentId,
                       int position, List<PageLink> breadcrumbs, List<PageLink> children, Instant updatedAt,
                       String updatedBy, boolean canWrite) {

    /** Either a piece of text as HTML, or an embedded block's list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String html, Block block) {
    }

    /** An embedded list: the block's name (e.g. "files") and its items for this reader. */
    public record Block(String name, List<PageBlockItem> items) {
    }
}
