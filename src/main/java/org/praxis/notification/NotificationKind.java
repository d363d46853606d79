package org.praxis.notification;

/**
 * What a notification tells about. Each kind has the e-mail delivery members get until they
 * choose another, and says whether it is news about a community (shown only to members who
 * follow it) or something that concerns the member personally.
 */
public enum NotificationKind {
    ANNOUNCEMENT(Delivery.IMMEDIATE, true),
    DISCUSSION(Delivery.DAILY, true),
    REPLY(Delivery.IMMEDIATE, false),
    MENTION(Delivery.IMMEDIATE, false),
    JOIN_REQUEST(Delivery.IMMEDIATE, false),
    REQUEST_DECIDED(Delivery.IMMEDIATE, false),
    INVITATION(Delivery.OFF, false),
    NEW_RESOURCE(Delivery.WEEKLY, true),
    EVENT_PUBLISHED(Delivery.DAILY, true),
    EVENT_REMINDER(Delivery.IMMEDIATE, false),
    CONTENT_REMOVED(Delivery.IMMEDIATE, false),
    MODERATION(Delivery.IMMEDIATE, false),
    REPORT(Delivery.IMMEDIATE, false),
    COMMUNITY_STATUS(Delivery.IMMEDIATE, false),
    INACTIVITY(Delivery.IMMEDIATE, false),
    NEWSLETTER(Delivery.IMMEDIATE, false);

    private final Delivery defaultDelivery;
    private final boolean news;

    NotificationKind(Delivery defaultDelivery, boolean news) {
        this.defaultDelivery = defaultDelivery;
        this.news = news;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** News goes to members who follow the community; the rest concerns the member personally. */
    public boolean isNews() {
        return news;
    }

    /**
     * The deliveries a member may choose for this kind. A newsletter is itself the digest an admin
     * writes: it comes when sent, or not at all.
     */
    public java.util.List<Delivery> deliveries() {
        return this == NEWSLETTER ? java.util.List.of(Delivery.IMMEDIATE, Delivery.OFF) : java.util.List.of(Delivery.values());
    }

    /** Kinds a member chooses a delivery for (invitations are always e-mailed by the invitation itself). */
    public boolean isChoosable() {
        return this != INVITATION;
    }
}
