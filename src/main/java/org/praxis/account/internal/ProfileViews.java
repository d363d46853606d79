package org.praxis.account.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.praxis.account.InstitutionRef;
import org.praxis.account.MemberCard;
import org.praxis.account.ProfileView;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.springframework.stereotype.Component;

/** Builds the view records of accounts, leaving out what the actor may not see. */
@Component
public class ProfileViews {

    private final Avatars avatars;
    private final AccessPolicy policy;

    public ProfileViews(Avatars avatars, AccessPolicy policy) {
        this.avatars = avatars;
        this.policy = policy;
    }

    public ProfileView profile(Actor actor, Account account) {
        boolean privateFields = policy.accounts().canSeeRealName(actor, account.getId());
        String avatarUrl = avatarUrls(List.of(account.getId())).get(account.getId());
        return new ProfileView(account.getId(), account.getDisplayName(),
                privateFields ? account.getRealName() : null,
                privateFields ? account.getEmail() : null,
                institutionRef(account.getInstitution()),
                account.getCountry(), List.copyOf(account.getLanguages()), List.copyOf(account.getInterests()),
                account.getBio(), avatarUrl,
                privateFields ? account.getPreferredLanguage() : null,
                account.getCreatedAt(), account.isStaff(),
                privateFields && account.getSuspendedAt() != null);
    }

    public List<MemberCard> cards(List<Account> accounts) {
        Map<Long, String> urls = avatarUrls(accounts.stream().map(Account::getId).toList());
        return accounts.stream().map(a -> new MemberCard(a.getId(), a.getDisplayName(),
                institutionRef(a.getInstitution()), a.getCountry(), List.copyOf(a.getInterests()),
                urls.get(a.getId()))).toList();
    }

    /** Name and picture of each of these accounts (one query for the pictures). */
    public Map<Long, org.praxis.account.MemberName> names(List<Accounts.ListedName> found) {
        Map<Long, org.praxis.account.MemberName> names = new HashMap<>();
        Map<Long, String> urls = avatarUrls(found.stream().map(Accounts.ListedName::getId).toList());
        found.forEach(n -> names.put(n.getId(), new org.praxis.account.MemberName(n.getId(), n.getDisplayName(), urls.get(n.getId()))));
        return names;
    }

    /** One query for a page of accounts; the version in the URL lets browsers cache each picture. */
    private Map<Long, String> avatarUrls(Collection<Long> ids) {
        Map<Long, String> urls = new HashMap<>();
        if (ids.isEmpty()) {
            return urls;
        }
        for (Avatars.AvatarVersion version : avatars.versionsOf(ids)) {
            urls.put(version.getAccountId(), avatarUrl(version.getAccountId(), version.getUpdatedAt()));
        }
        return urls;
    }

    public static String avatarUrl(long accountId, Instant version) {
        return "/members/" + accountId + "/avatar?v=" + version.toEpochMilli();
    }

    private static InstitutionRef institutionRef(Institution institution) {
        return institution == null ? null : new InstitutionRef(institution.getId(), institution.getName());
    }
}
