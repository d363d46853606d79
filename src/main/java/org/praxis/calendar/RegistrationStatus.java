package org.praxis.calendar;

/** A registration holds a place, or waits for one to free up. */
public enum RegistrationStatus {
    REGISTERED, WAITING
}
