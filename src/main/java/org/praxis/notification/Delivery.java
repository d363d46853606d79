package org.praxis.notification;

/** How a kind of notification reaches a member's mailbox. */
public enum Delivery {
    IMMEDIATE, DAILY, WEEKLY, OFF
}
