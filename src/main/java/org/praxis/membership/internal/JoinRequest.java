package org.praxis.membership.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request to join an approval community; one row per person and community. */
@Entity
@Table(name = "join_request")
public class JoinRequest {

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private Long accountId;
    private String message;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant decidedAt;
    private Long decidedBy;

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "join_request_answer",
            joinColumns = @jakarta.persistence.JoinColumn(name = "join_request_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private java.util.List<RequestAnswer> answers = new java.util.ArrayList<>();

    protected JoinRequest() {
    }

    public JoinRequest(long communityId, long accountId, String message, java.util.List<RequestAnswer> answers,
                       Instant now) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.message = message;
        this.answers.addAll(answers);
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** Asking again after a refusal reopens the same request, with the new answers. */
    public void reopen(String message, java.util.List<RequestAnswer> answers, Instant now) {
        this.message = message;
        this.answers.clear();
        this.answers.addAll(answers);
        this.status = Status.PENDING;
        this.createdAt = now;
        this.decidedAt = null;
        this.decidedBy = null;
    }

    /** The request ends without a decision: its author left the parent community, for instance. */
    public void withdraw(Instant now) {
        this.status = Status.WITHDRAWN;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public Long getAccountId() { return accountId; }
    public String getMessage() { return message; }
    public java.util.List<RequestAnswer> getAnswers() { return answers; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
