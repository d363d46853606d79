package org.praxis.membership.internal;

import jakarta.persistence.Embeddable;

/** An answer to a screening question, kept with the question as it was asked. */
@Embeddable
public class RequestAnswer {

    private String question;
    private String answer;

    protected RequestAnswer() {
    }

    public RequestAnswer(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }

    public String getQuestion() { return question; }
    public String getAnswer() { return answer; }
}
