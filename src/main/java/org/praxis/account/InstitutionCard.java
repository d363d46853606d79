package org.praxis.account;

/** An institution with the number of members who name it. */
public record InstitutionCard(long id, String name, long members) {
}
