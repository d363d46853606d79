package org.praxis.account.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How TOTP secrets are kept in the database: AES-GCM under the key in {@code praxis.two-factor.key}
 * (PRAXIS_TWO_FACTOR_KEY, 16, 24 or 32 bytes in Base64), so a copy of the database alone does not
 * give away the codes. Without a key they are stored as they are (and a warning is logged). Each
 * value says how it was stored, so setting a key later still reads the secrets stored before.
 */
@Component
public class TotpSecretEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(TotpSecretEncryption.class);
    private static final String ENCRYPTED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public TotpSecretEncryption(@Value("${praxis.two-factor.key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            LOG.warn("praxis.two-factor.key (PRAXIS_TWO_FACTOR_KEY) is not set: two-factor secrets are stored unencrypted");
            this.key = null;
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException("praxis.two-factor.key must be 16, 24 or 32 bytes in Base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return ENCRYPTED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (key == null) {
            throw new IllegalStateException("a two-factor secret is encrypted but praxis.two-factor.key is not set");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a two-factor secret cannot be decrypted with praxis.two-factor.key", e);
        }
    }
}
