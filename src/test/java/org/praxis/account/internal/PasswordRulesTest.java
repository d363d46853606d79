package org.praxis.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.praxis.shared.InputErrors;

/** Password rules after NIST SP 800-63B. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    private String problem(String password) {
        InputErrors errors = new InputErrors();
        rules.check(errors, "password", password, "ana.silva@example.org", "Ana Silva");
        try {
            errors.throwIfAny();
            return null;
        } catch (org.praxis.shared.InvalidInputException e) {
            return e.problems().get(0).code();
        }
    }

    @Test
    void longPassphrasesWithoutSymbolsAreAccepted() {
        assertThat(problem("correct horse battery staple")).isNull();
        assertThat(problem("mon chat s'appelle Minou")).isNull();
        assertThat(problem("ñandú 🙂 çà et là")).isNull();
    }

    @Test
    void shortPasswordsAreRefusedCountingCharactersNotBytes() {
        assertThat(problem("abc12345!")).isEqualTo("password.tooShort");
        assertThat(problem("🙂🙂🙂🙂🙂")).isEqualTo("password.tooShort");
        assertThat(problem("")).isEqualTo("input.required");
        assertThat(problem(null)).isEqualTo("input.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "Password123", "iloveyou123", "aaaaaaaaaaaa"})
    void commonPasswordsAreRefused(String password) {
        assertThat(problem(password)).isEqualTo("password.common");
    }

    @Test
    void personalPasswordsAreRefused() {
        assertThat(problem("ana.silva@example.org")).isEqualTo("password.personal");
        assertThat(problem("ANA.SILVA@example.org")).isEqualTo("password.personal");
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertThat(problem("x".repeat(150) + "y".repeat(51))).isEqualTo("input.tooLong");
        assertThat(problem("long but fine ".repeat(14))).isNull();
    }
}
