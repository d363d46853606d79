package org.praxis.account;

import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What a member's authenticator app shows for a TOTP key, for tests of two-step sign-in. */
final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    static long currentStep() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code the app does not show now, nor a step before or after. */
    static String wrongCode(String secret) {
        long now = currentStep();
        List<String> near = List.of(codeAt(secret, now - 1), codeAt(secret, now), codeAt(secret, now + 1),
                codeAt(secret, now + 2));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }
}
