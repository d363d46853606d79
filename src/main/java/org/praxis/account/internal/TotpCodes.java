package org.praxis.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps), as every authenticator
 * app makes them. Verification says which time step a code belongs to, so callers can refuse a
 * step already used.
 */
@Component
public class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final String ISSUER = "Praxis";
    /** One step either side of now, for phones whose clock runs a little fast or slow. */
    private static final int TOLERANCE_STEPS = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
    private final Clock clock;

    public TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new secret: 32 Base32 characters (160 bits). */
    public String newSecret() {
        return secrets.generate();
    }

    public long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }

    /** The time step near now whose code this is, if any. */
    public OptionalLong matchingStep(String secret, String code) {
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = currentStep();
        for (long step = now - TOLERANCE_STEPS; step <= now + TOLERANCE_STEPS; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The otpauth:// link an authenticator app reads, naming the account by its e-mail. */
    public String authenticatorLink(String secret, String accountName) {
        return linkData(secret, accountName).getUri();
    }

    /** The same link as a QR code picture (PNG in a data: URI), drawn here without any network call. */
    public String qrCode(String secret, String accountName) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(png.generate(linkData(secret, accountName)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QrData linkData(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
