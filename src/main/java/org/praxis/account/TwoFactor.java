package org.praxis.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.PasswordRules;
import org.praxis.account.internal.RecoveryCode;
import org.praxis.account.internal.RecoveryCodes;
import org.praxis.account.internal.SessionTerminator;
import org.praxis.account.internal.TotpCodes;
import org.praxis.account.internal.TotpSecretEncryption;
import org.praxis.account.internal.TwoFactorSecret;
import org.praxis.account.internal.TwoFactorSecrets;
import org.praxis.policy.Actor;
import org.praxis.shared.InputErrors;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.Secrets;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional two-factor sign-in: a code from an authenticator app (TOTP) after the password, or one
 * of ten single-use recovery codes when the phone is lost. A code is accepted once: a later code
 * must belong to a later 30-second step, so a code seen over a shoulder cannot be replayed.
 */
@Service
public class TwoFactor {

    public static final int RECOVERY_CODE_COUNT = 10;
    private static final int INPUT_MAX = 64;
    private static final Pattern APP_CODE = Pattern.compile("\\d{" + TotpCodes.DIGITS + "}");
    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z0-9]{16}");

    /** Whether two-factor sign-in is on, and how many recovery codes are left unused. */
    public record Status(boolean enabled, long recoveryCodesLeft) {
    }

    /** What a member needs to add their account to an authenticator app. */
    public record Setup(String groupedSecret, String authenticatorLink, String qrCode) {
    }

    /** Two-factor sign-in just turned on: the recovery codes (shown once) and how many other sessions ended. */
    public record Enabled(List<String> recoveryCodes, int otherSessionsEnded) {
    }

    /** The second step of a sign-in: whether the code was accepted, and after a recovery code how many are left. */
    public record SignInCheck(boolean accepted, boolean recoveryCodeUsed, long recoveryCodesLeft) {

        static final SignInCheck REFUSED = new SignInCheck(false, false, 0);
    }

    private final TwoFactorSecrets secrets;
    private final RecoveryCodes recoveryCodes;
    private final Accounts accounts;
    private final TotpCodes totp;
    private final TotpSecretEncryption encryption;
    private final PasswordEncoder passwords;
    private final SessionTerminator sessions;
    private final Clock clock;
    private final RecoveryCodeGenerator recoveryCodeGenerator = new RecoveryCodeGenerator();

    public TwoFactor(TwoFactorSecrets secrets, RecoveryCodes recoveryCodes, Accounts accounts, TotpCodes totp,
                     TotpSecretEncryption encryption, PasswordEncoder passwords, SessionTerminator sessions, Clock clock) {
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.totp = totp;
        this.encryption = encryption;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(long accountId) {
        return secrets.findById(accountId).map(TwoFactorSecret::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public Status status(Actor actor) {
        long id = requireSignedIn(actor);
        boolean enabled = isEnabled(id);
        return new Status(enabled, enabled ? recoveryCodes.countByAccountIdAndUsedAtIsNull(id) : 0);
    }

    /** Starts setting up (a new secret), or keeps the one being set up so a scanned QR code stays valid. */
    @Transactional
    public void startSetup(Actor actor) {
        long id = requireSignedIn(actor);
        if (secrets.findById(id).isEmpty()) {
            secrets.save(new TwoFactorSecret(id, encryption.seal(totp.newSecret()), clock.instant()));
        }
    }

    /** The secret being set up, for the app; empty when none is (or two-factor sign-in is already on). */
    @Transactional(readOnly = true)
    public Optional<Setup> pendingSetup(Actor actor) {
        long id = requireSignedIn(actor);
        return secrets.findById(id).filter(s -> !s.isEnabled()).map(s -> {
            String secret = encryption.open(s.getSecret());
            String email = accounts.findById(id).map(Account::getEmail).orElseThrow();
            return new Setup(grouped(secret), totp.authenticatorLink(secret, email), totp.qrCode(secret, email));
        });
    }

    /**
     * Turns two-factor sign-in on once the member typed a current code from their app, and ends
     * their other sessions: whoever signed in with the password alone is out.
     */
    @Transactional
    public Enabled confirmSetup(Actor actor, String code, String currentSessionId) {
        long id = requireSignedIn(actor);
        String cleaned = appCode(code);
        TwoFactorSecret secret = secrets.findById(id).filter(s -> !s.isEnabled())
                .orElseThrow(() -> new NotAllowedException("confirm two-factor set-up"));
        OptionalLong step = totp.matchingStep(encryption.open(secret.getSecret()), cleaned);
        if (step.isEmpty()) {
            throw wrongCode();
        }
        secret.enable(step.getAsLong(), clock.instant());
        List<String> codes = replaceRecoveryCodes(id);
        return new Enabled(codes, sessions.endSessions(id, currentSessionId));
    }

    /** New recovery codes in place of the old ones, against a current code from the app. */
    @Transactional
    public List<String> regenerateRecoveryCodes(Actor actor, String code) {
        long id = requireEnabled(actor);
        if (!acceptAppCode(id, appCode(code))) {
            throw wrongCode();
        }
        return replaceRecoveryCodes(id);
    }

    /** Turns two-factor sign-in off against the password or a current code from the app. */
    @Transactional
    public void turnOff(Actor actor, String passwordOrCode) {
        long id = requireEnabled(actor);
        new InputErrors().required("passwordOrCode", passwordOrCode, PasswordRules.MAX_LENGTH).throwIfAny();
        String cleaned = passwordOrCode.strip();
        // Passwords are longer than six characters, so six digits can only be a code.
        boolean proven = APP_CODE.matcher(cleaned).matches() ? acceptAppCode(id, cleaned)
                : passwords.matches(passwordOrCode, accounts.findById(id).orElseThrow().getPasswordHash());
        if (!proven) {
            throw problem("passwordOrCode", "twoFactor.turnOff.wrong");
        }
        recoveryCodes.deleteAllOf(id);
        secrets.deleteById(id);
    }

    /**
     * The second step of a sign-in: a code from the app or a recovery code (which is then spent).
     * Input that is neither shape is refused as invalid, before any check.
     */
    @Transactional
    public SignInCheck checkSignInCode(long accountId, String code) {
        String cleaned = requiredCode(code).replace(" ", "");
        if (APP_CODE.matcher(cleaned).matches()) {
            return acceptAppCode(accountId, cleaned) ? new SignInCheck(true, false, 0) : SignInCheck.REFUSED;
        }
        String recovery = cleaned.replace("-", "").toLowerCase(Locale.ROOT);
        if (!RECOVERY_CODE.matcher(recovery).matches()) {
            throw problem("code", "twoFactor.code.format");
        }
        if (!isEnabled(accountId) || recoveryCodes.redeem(accountId, Secrets.sha256(recovery), clock.instant()) != 1) {
            return SignInCheck.REFUSED;
        }
        return new SignInCheck(true, true, recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId));
    }

    /** Whether this is a current code from the member's app, for confirming a grave step (deleting the account). */
    boolean acceptsAppCode(long accountId, String code) {
        String cleaned = code == null ? "" : code.replace(" ", "").strip();
        return APP_CODE.matcher(cleaned).matches() && acceptAppCode(accountId, cleaned);
    }

    /** Forgets the secret and recovery codes of a deleted account. */
    void forget(long accountId) {
        recoveryCodes.deleteAllOf(accountId);
        secrets.findById(accountId).ifPresent(secrets::delete);
    }

    private boolean acceptAppCode(long accountId, String code) {
        Optional<TwoFactorSecret> secret = secrets.findById(accountId).filter(TwoFactorSecret::isEnabled);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = totp.matchingStep(encryption.open(secret.get().getSecret()), code);
        return step.isPresent() && secrets.claimStep(accountId, step.getAsLong()) == 1;
    }

    private List<String> replaceRecoveryCodes(long accountId) {
        recoveryCodes.deleteAllOf(accountId);
        List<String> codes = List.of(recoveryCodeGenerator.generateCodes(RECOVERY_CODE_COUNT));
        codes.forEach(c -> recoveryCodes.save(new RecoveryCode(accountId, Secrets.sha256(c.replace("-", "")))));
        return codes;
    }

    /** A six-digit code from the app, or the form error that says what is wrong with it. */
    private static String appCode(String code) {
        String cleaned = requiredCode(code).replace(" ", "");
        if (!APP_CODE.matcher(cleaned).matches()) {
            throw problem("code", "twoFactor.code.digits", TotpCodes.DIGITS);
        }
        return cleaned;
    }

    private static String requiredCode(String code) {
        new InputErrors().required("code", code, INPUT_MAX).throwIfAny();
        return code.strip();
    }

    private static InvalidInputException wrongCode() {
        return problem("code", "twoFactor.code.wrong");
    }

    private static InvalidInputException problem(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new InputErrors.FieldProblem(field, code, args)));
    }

    private long requireEnabled(Actor actor) {
        long id = requireSignedIn(actor);
        if (!isEnabled(id)) {
            throw new NotAllowedException("manage two-factor sign-in");
        }
        return id;
    }

    private static long requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("manage two-factor sign-in");
        }
        return actor.accountId();
    }

    /** The secret in groups of four, as people type it into an app by hand. */
    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
