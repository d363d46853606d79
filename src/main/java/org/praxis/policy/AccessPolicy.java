package org.praxis.policy;

import org.springframework.stereotype.Component;

/**
 * The access policy: a facade over one small policy per kind of resource. Every service asks it
 * before it reads or changes anything; no other code decides who may do what.
 */
@Component
public class AccessPolicy {

    private final AccountPolicy accounts = new AccountPolicy();
    private final CommunityPolicy communities = new CommunityPolicy();
    private final DiscussionPolicy discussions = new DiscussionPolicy(communities);
    private final FilePolicy files = new FilePolicy(communities);
    private final PagePolicy pages = new PagePolicy(communities);
    private final CalendarPolicy calendar = new CalendarPolicy(communities);
    private final ModerationPolicy moderation = new ModerationPolicy(communities);

    public AccountPolicy accounts() {
        return accounts;
    }

    public CommunityPolicy communities() {
        return communities;
    }

    public DiscussionPolicy discussions() {
        return discussions;
    }

    public FilePolicy files() {
        return files;
    }

    public PagePolicy pages() {
        return pages;
    }

    public CalendarPolicy calendar() {
        return calendar;
    }

    public ModerationPolicy moderation() {
        return moderation;
    }
}
