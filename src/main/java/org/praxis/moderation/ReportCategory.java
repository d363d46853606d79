package org.praxis.moderation;

/** Why a member reports something. */
public enum ReportCategory {
    SPAM, HARASSMENT, PERSONAL_DATA, ILLEGAL, OFF_TOPIC, OTHER
}
