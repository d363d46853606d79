package org.praxis.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.account.Profiles;
import org.praxis.calendar.EventBriefs;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.library.LibraryItem;
import org.praxis.library.LibraryItems;
import org.praxis.moderation.internal.ReportStore.Target;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.ReadableContent;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds what a member wants to report, if they may read it: its community, its author, its title
 * and first words, and the path of its page. Anything they may not read is "not found", so a
 * report form never confirms that a hidden thing exists.
 */
@Component
class ReportTargets {

    private final Map<String, ReadableContent> readable = new HashMap<>();
    private final DiscussionBoard discussions;
    private final LibraryItems library;
    private final EventBriefs events;
    private final Profiles profiles;

    ReportTargets(List<ReadableContent> checks, DiscussionBoard discussions, LibraryItems library, EventBriefs events,
                  Profiles profiles) {
        checks.forEach(c -> readable.put(c.type(), c));
        this.discussions = discussions;
        this.library = library;
        this.events = events;
        this.profiles = profiles;
    }

    /**
     * The thing to report in a community ({@code parentId} is the discussion of a comment), or a
     * profile ({@code community} may then be null: the report goes to staff).
     */
    Target find(Actor actor, CommunityFacts community, String slug, TargetType type, long id, Long parentId) {
        if (type == TargetType.PROFILE) {
            var profile = profiles.profile(actor, id);
            return new Target(type, id, null, community == null ? null : community.id(), id, profile.displayName(), null,
                    "/members/" + id);
        }
        if (community == null || !readable.get(type.name()).readableBy(actor, Set.of(id)).contains(id)) {
            throw new NotFoundException(type.name().toLowerCase());
        }
        return switch (type) {
            case DISCUSSION, COMMENT -> {
                Long discussionId = type == TargetType.DISCUSSION ? Long.valueOf(id) : parentId;
                Long commentId = type == TargetType.COMMENT ? Long.valueOf(id) : null;
                var post = Optional.ofNullable(discussionId)
                        .flatMap(d -> discussions.postRef(community.id(), d, commentId)).filter(p -> !p.removed())
                        .orElseThrow(() -> new NotFoundException(type.name().toLowerCase()));
                yield new Target(type, id, commentId == null ? null : discussionId, community.id(), post.authorId(),
                        post.title(), post.excerpt(), post.path(slug));
            }
            case FILE -> item(type, library.files(Set.of(id)).get(id), community);
            case PAGE -> item(type, library.pages(Set.of(id)).get(id), community);
            case EVENT -> events.brief(id).filter(e -> e.communityId() == community.id())
                    .map(e -> new Target(type, id, null, community.id(), e.createdBy(), e.title(), null, e.path()))
                    .orElseThrow(() -> new NotFoundException("event"));
            case PROFILE -> throw new IllegalStateException();
        };
    }

    private static Target item(TargetType type, LibraryItem item, CommunityFacts community) {
        if (item == null || item.communityId() != community.id()) {
            throw new NotFoundException(type.name().toLowerCase());
        }
        return new Target(type, item.id(), null, community.id(), item.authorId(), item.title(), null, item.path());
    }
}
