package org.praxis.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.Avatar;
import org.praxis.account.internal.AvatarImages;
import org.praxis.account.internal.Avatars;
import org.praxis.account.internal.Institution;
import org.praxis.account.internal.Institutions;
import org.praxis.account.internal.ProfileViews;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and editing profiles, and their pictures. */
@Service
public class Profiles {

    public static final int REAL_NAME_MAX = 100;
    public static final int INSTITUTION_MAX = 200;
    public static final int BIO_MAX = 2000;
    public static final int INTEREST_MAX = 40;
    public static final int INTERESTS_MAX = 15;
    public static final int LANGUAGES_MAX = 20;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Accounts accounts;
    private final Institutions institutions;
    private final Avatars avatars;
    private final ProfileViews views;
    private final AccessPolicy policy;
    private final Clock clock;

    public Profiles(Accounts accounts, Institutions institutions, Avatars avatars, ProfileViews views,
                    AccessPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.avatars = avatars;
        this.views = views;
        this.policy = policy;
        this.clock = clock;
    }

    /** A picture as served: PNG bytes and a version for caching. */
    public record AvatarImage(byte[] png, long version) {
    }

    /** Name and picture for the header of every page: two small queries, no collections. */
    @Transactional(readOnly = true)
    public Optional<MemberBadge> badge(Actor actor) {
        if (!actor.signedIn()) {
            return Optional.empty();
        }
        return accounts.findById(actor.accountId()).filter(a -> !a.isDeleted()).map(a -> new MemberBadge(a.getId(), a.getDisplayName(),
                a.isStaff(), avatars.versionsOf(List.of(a.getId())).stream().findFirst()
                        .map(v -> ProfileViews.avatarUrl(v.getAccountId(), v.getUpdatedAt())).orElse(null)));
    }

    @Transactional(readOnly = true)
    public ProfileView own(Actor actor) {
        return views.profile(actor, signedInAccount(actor));
    }

    /** Another member's profile; unconfirmed and suspended accounts are unknown to all but themselves and staff. */
    @Transactional(readOnly = true)
    public ProfileView profile(Actor actor, long id) {
        Account account = visibleAccount(actor, id);
        if (actor.staff() && !actor.is(id)) {
            // Staff see private fields (real name, e-mail); each such read is on the record.
            audit.info("staff {} read the private profile fields of account {}", actor.accountId(), id);
        }
        return views.profile(actor, account);
    }

    private Account visibleAccount(Actor actor, long id) {
        policy.accounts().requireViewProfiles(actor);
        return accounts.findById(id)
                .filter(a -> !a.isDeleted() && policy.accounts().canSeeAccount(actor, a.getId(), a.isListed()))
                .orElseThrow(() -> new NotFoundException("member"));
    }

    @Transactional
    public ProfileView update(Actor actor, ProfileUpdate update) {
        Account account = signedInAccount(actor);
        String displayName = InputErrors.clean(update.displayName());
        String realName = InputErrors.clean(update.realName());
        String institutionName = InputErrors.clean(update.institution());
        String country = InputErrors.clean(update.country());
        String bio = InputErrors.clean(update.bio());

        InputErrors errors = new InputErrors();
        errors.required("displayName", displayName, SignUp.DISPLAY_NAME_MAX);
        errors.optional("realName", realName, REAL_NAME_MAX);
        errors.optional("institution", institutionName, INSTITUTION_MAX);
        if (country != null && !COUNTRIES.contains(country)) {
            errors.add("country", "profile.countryUnknown");
        }
        errors.optional("bio", bio, BIO_MAX);
        Set<String> languages = Languages.chosen(update.languages(), errors, LANGUAGES_MAX);
        Set<String> interests = interests(update.interests(), errors);
        errors.throwIfAny();

        Institution institution = institutionName == null ? null : institutions
                .findByNameKey(Institution.keyOf(institutionName))
                .orElseGet(() -> institutions.save(new Institution(institutionName, clock.instant())));
        account.updateProfile(displayName, realName, institution, country, languages, interests, bio, clock.instant());
        return views.profile(actor, account);
    }

    @Transactional
    public void chooseLanguage(Actor actor, String language) {
        if (actor.signedIn() && Languages.isInterfaceLanguage(language)) {
            accounts.findById(actor.accountId()).ifPresent(a -> a.choosePreferredLanguage(language));
        }
    }

    @Transactional
    public void setAvatar(Actor actor, byte[] upload) {
        Account account = signedInAccount(actor);
        byte[] png = AvatarImages.toAvatarPng(upload);
        avatars.findById(account.getId()).ifPresentOrElse(
                existing -> existing.replace(png, clock.instant()),
                () -> avatars.save(new Avatar(account.getId(), png, clock.instant())));
    }

    @Transactional
    public void removeAvatar(Actor actor) {
        Account account = signedInAccount(actor);
        avatars.deleteById(account.getId());
    }

    @Transactional(readOnly = true)
    public Optional<AvatarImage> avatar(Actor actor, long id) {
        visibleAccount(actor, id);
        return avatars.findById(id).map(a -> new AvatarImage(a.getContent(), a.getUpdatedAt().toEpochMilli()));
    }

    private Account signedInAccount(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("edit profile");
        }
        return accounts.findById(actor.accountId()).orElseThrow(() -> new NotAllowedException("edit profile"));
    }

    /** Interests arrive as a list or as one comma-separated line; blanks and repeats are dropped. */
    private static Set<String> interests(List<String> raw, InputErrors errors) {
        List<String> parts = new ArrayList<>();
        for (String entry : raw == null ? List.<String>of() : raw) {
            if (entry != null) {
                parts.addAll(List.of(entry.split(",")));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> result = new LinkedHashSet<>();
        for (String part : parts) {
            String cleaned = InputErrors.clean(part);
            if (cleaned == null || !seen.add(cleaned.toLowerCase(Locale.ROOT))) {
                continue;
            }
            InputErrors one = new InputErrors().optional("interests", cleaned, INTEREST_MAX);
            if (one.has("interests")) {
                errors.add("interests", "profile.interestTooLong", INTEREST_MAX);
                return result;
            }
            result.add(cleaned);
        }
        if (result.size() > INTERESTS_MAX) {
            errors.add("interests", "profile.tooMany", INTERESTS_MAX);
        }
        return result;
    }
}
