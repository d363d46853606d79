package org.praxis.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of a member's calendar-feed secret. */
@Entity(name = "CalendarFeedToken")
@Table(name = "calendar_feed_token")
public class CalendarFeedToken {

    @Id
    private Long accountId;
    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeedToken() {
    }

    public CalendarFeedToken(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void replace(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public Long getAccountId() { return accountId; }
}
