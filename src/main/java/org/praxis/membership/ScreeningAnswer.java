package org.praxis.membership;

/** One screening question as it was asked, with the answer given in a join request. */
public record ScreeningAnswer(String question, String answer) {
}
