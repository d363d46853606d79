package org.praxis.shared.web;

import org.praxis.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a use case's field problems on a form, so each message shows next to its field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(BindingResult result, InvalidInputException e) {
        e.problems().forEach(p -> {
            if (result.getTarget() != null && isField(result, p.field())) {
                result.rejectValue(p.field(), p.code(), p.args(), p.code());
            } else {
                result.reject(p.code(), p.args(), p.code());
            }
        });
    }

    /** The first problem of each field, by field name, for forms that show errors without a bound object. */
    public static java.util.Map<String, org.praxis.shared.InputErrors.FieldProblem> byField(InvalidInputException e) {
        java.util.Map<String, org.praxis.shared.InputErrors.FieldProblem> errors = new java.util.LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p));
        return errors;
    }

    private static boolean isField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
