package org.praxis.shared;

import java.util.List;

/**
 * Thrown by a use case when its input breaks a rule; carries one problem per field so pages can
 * show each message next to its field and the API can list them.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputErrors.FieldProblem> problems;

    public InvalidInputException(List<InputErrors.FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InputErrors.FieldProblem> problems() {
        return problems;
    }
}
