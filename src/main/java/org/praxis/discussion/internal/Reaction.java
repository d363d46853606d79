package org.praxis.discussion.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.praxis.discussion.ReactionKind;

/** One member's reaction to a post ({@code commentId} 0 is the opening post). */
@Entity
@Table(name = "discussion_reaction")
@IdClass(Reaction.Key.class)
public class Reaction {

    /** Which post, who, and which reaction. */
    public record Key(Long discussionId, Long commentId, Long accountId, ReactionKind kind) implements Serializable {
        public Key() {
            this(null, null, null, null);
        }
    }

    @Id
    private Long discussionId;
    @Id
    private Long commentId;
    @Id
    private Long accountId;
    @Id
    @Enumerated(EnumType.STRING)
    private ReactionKind kind;
    private Instant createdAt;

    protected Reaction() {
    }

    public Reaction(long discussionId, long commentId, long accountId, ReactionKind kind, Instant now) {
        this.discussionId = discussionId;
        this.commentId = commentId;
        this.accountId = accountId;
        this.kind = kind;
        this.createdAt = now;
    }
}
