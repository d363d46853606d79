package org.praxis.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.praxis.shared.InputErrors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: long enough, not absurdly long, not one of the
 * passwords attackers try first, and not the person's own e-mail or name. No composition
 * rules: a long phrase of plain words is a good password.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final Set<String> common;

    public PasswordRules() {
        this.common = load("account/common-passwords.txt");
    }

    public void check(InputErrors errors, String field, String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "input.required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(field, "password.tooShort", MIN_LENGTH);
        } else if (length > MAX_LENGTH) {
            errors.add(field, "input.tooLong", MAX_LENGTH);
        } else if (isCommon(password) || isOneRepeatedCharacter(password)) {
            errors.add(field, "password.common");
        } else if (sameAs(password, email) || sameAs(password, localPart(email)) || sameAs(password, displayName)) {
            errors.add(field, "password.personal");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.codePoints().distinct().count() == 1;
    }

    private static boolean sameAs(String password, String other) {
        return other != null && !other.isBlank() && password.strip().equalsIgnoreCase(other.strip());
    }

    private static String localPart(String email) {
        return email == null || !email.contains("@") ? null : email.substring(0, email.indexOf('@'));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return words;
    }
}
