package org.praxis.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Codes as authenticator apps make them (RFC 6238's SHA-1 test vector), and the window they are taken in. */
class TotpCodesTest {

    /** RFC 6238 appendix B: the ASCII key "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void makesTheCodesOfRfc6238() {
        TotpCodes codes = at(59);
        // The RFC's 8-digit value at T=59 s is 94287082; six digits keep the last six.
        assertThat(codes.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(at(1111111109).codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
    }

    @Test
    void takesTheCodeOfOneStepEitherSideAndSaysWhichStep() {
        long now = 1_700_000_000L;
        TotpCodes codes = at(now);
        long step = now / 30;
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step))).hasValue(step);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step - 1))).hasValue(step - 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step + 1))).hasValue(step + 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step - 2))).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step + 2))).isEmpty();
    }

    @Test
    void newSecretsAreLongAndDifferent() {
        TotpCodes codes = at(0);
        assertThat(codes.newSecret()).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(codes.newSecret());
    }

    private static TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }
}
