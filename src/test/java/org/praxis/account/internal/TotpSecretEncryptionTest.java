package org.praxis.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** TOTP secrets at rest: encrypted under the configured key, readable after a key is set later. */
class TotpSecretEncryptionTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void withAKeySecretsAreEncryptedAndEachTimeDifferently() {
        TotpSecretEncryption encryption = new TotpSecretEncryption(KEY);
        String first = encryption.seal(SECRET);
        assertThat(first).startsWith("v1:").doesNotContain(SECRET);
        assertThat(encryption.seal(SECRET)).isNotEqualTo(first);
        assertThat(encryption.open(first)).isEqualTo(SECRET);
    }

    @Test
    void withoutAKeySecretsAreStoredAsTheyAreAndStillReadOnceAKeyIsSet() {
        String stored = new TotpSecretEncryption("").seal(SECRET);
        assertThat(stored).isEqualTo("plain:" + SECRET);
        assertThat(new TotpSecretEncryption(KEY).open(stored)).isEqualTo(SECRET);
    }

    @Test
    void aWrongOrMissingKeyFailsLoudlyRatherThanGivingAnotherSecret() {
        String stored = new TotpSecretEncryption(KEY).seal(SECRET);
        assertThatThrownBy(() -> new TotpSecretEncryption(OTHER_KEY).open(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TotpSecretEncryption("").open(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TotpSecretEncryption("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
