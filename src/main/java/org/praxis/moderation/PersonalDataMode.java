package org.praxis.moderation;

/** What the guard does when a post holds personal data: warn its author, or also hold it for review if they go on. */
public enum PersonalDataMode {
    WARN, HOLD
}
