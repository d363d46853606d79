package org.praxis.discussion;

import java.util.List;

/**
 * One page of a discussion: the opening post and up to a page of top-level comments with their
 * replies. Pages are cut by comment id (keyset), so the last page of a long thread opens as
 * fast as the first: {@code olderBefore} and {@code newerAfter} are the cursors of the pages
 * around this one (null at either end). {@code newComments} counts comments since the
 * reader's last visit; {@code firstNewAfter} is the cursor of the page where they start.
 */
public record ThreadPage(DiscussionView discussion, List<CommentView> comments, Long olderBefore, Long newerAfter,
                         int newComments, Long firstNewAfter, Long firstNewId) {
}
