package org.praxis.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems found while checking a command; messages are message-bundle codes so
 * that pages and the API speak the reader's language.
 */
public final class InputErrors {

    /** One problem with one field: the field name, a message code and its arguments. */
    public record FieldProblem(String field, String code, Object... args) {
    }

    // Deliberately simple: one @, no spaces, a dot in the domain. The real check is the link we mail.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final List<FieldProblem> problems = new ArrayList<>();

    public InputErrors add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public InputErrors email(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "input.required");
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            return add(field, "input.email");
        }
        return this;
    }

    public InputErrors required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return add(field, "input.required");
        }
        return optional(field, value, max);
    }

    public InputErrors optional(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            return add(field, "input.tooLong", max);
        }
        if (CONTROL.matcher(value).find()) {
            return add(field, "input.controlCharacters");
        }
        return this;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Trims a text field and turns an empty one into null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
