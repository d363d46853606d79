package org.praxis.account;

/** An institution named on a profile. */
public record InstitutionRef(long id, String name) {
}
