package org.praxis.moderation;

/** Personal data found in a text: what kind, and where (character offsets, end exclusive). */
public record PersonalData(Kind kind, int start, int end) {

    /** The kinds of personal data the guard looks for. */
    public enum Kind { EMAIL, PHONE, IBAN, STREET_ADDRESS, NATIONAL_ID }
}
