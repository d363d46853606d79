package org.praxis.policy;

/** A community's life: active, inactive (nothing new for a year; behaves as active) or archived (read-only). */
public enum CommunityStatus {
    ACTIVE, INACTIVE, ARCHIVED;

    public boolean isReadOnly() {
        return this == ARCHIVED;
    }
}
