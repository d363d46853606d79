package org.praxis.account;

import java.util.List;
import java.util.Locale;

import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.Institution;
import org.praxis.account.internal.Institutions;
import org.praxis.account.internal.ProfileViews;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member directory and the institutions people belong to. */
@Service
public class MemberDirectory {

    public static final int PAGE_SIZE = 24;

    private final Accounts accounts;
    private final Institutions institutions;
    private final ProfileViews views;
    private final AccessPolicy policy;

    public MemberDirectory(Accounts accounts, Institutions institutions, ProfileViews views, AccessPolicy policy) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.views = views;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public ResultPage<MemberCard> search(Actor actor, DirectoryQuery query, int page, int size) {
        policy.accounts().requireViewProfiles(actor);
        int safePage = ResultPage.page(page);
        String country = InputErrors.clean(query.country());
        String topic = InputErrors.clean(query.topic());
        Page<Account> found = accounts.search(!policy.accounts().directoryIncludesUnlisted(actor), ResultPage.containsPattern(query.name()), query.institutionId(),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                topic == null ? null : topic.toLowerCase(Locale.ROOT),
                PageRequest.of(safePage, size));
        return new ResultPage<>(views.cards(found.getContent()), safePage, size, found.getTotalElements());
    }

    /**
     * Listed members whose display name contains the text, by name, for suggestions (mentions)
     * that the caller then narrows to the people the actor may see.
     */
    @Transactional(readOnly = true)
    public List<MemberCard> namedLike(String text, int limit) {
        String pattern = ResultPage.containsPattern(text);
        if (pattern == null) {
            return List.of();
        }
        return views.cards(accounts.search(true, pattern, null, null, null, PageRequest.of(0, limit)).getContent());
    }

    @Transactional(readOnly = true)
    public List<InstitutionCard> institutions(Actor actor) {
        policy.accounts().requireViewProfiles(actor);
        return institutions.withListedMembers().stream()
                .map(c -> new InstitutionCard(c.getInstitution().getId(), c.getInstitution().getName(), c.getMembers()))
                .toList();
    }

    @Transactional(readOnly = true)
    public InstitutionRef institution(Actor actor, long id) {
        policy.accounts().requireViewProfiles(actor);
        Institution institution = institutions.findById(id).orElseThrow(() -> new NotFoundException("institution"));
        return new InstitutionRef(institution.getId(), institution.getName());
    }

    /**
     * Cards of the given accounts, for lists another module has already decided the viewer may
     * see (a community's admins or members). Unlisted accounts are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, MemberCard> cards(java.util.Collection<Long> ids) {
        java.util.Map<Long, MemberCard> result = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Account> found = accounts.findAllById(ids).stream().filter(Account::isListed).toList();
        views.cards(found).forEach(card -> result.put(card.id(), card));
        java.util.Map<Long, MemberCard> ordered = new java.util.LinkedHashMap<>();
        ids.forEach(id -> { if (result.containsKey(id)) { ordered.put(id, result.get(id)); } });
        return ordered;
    }

    /**
     * Name and picture of the given accounts, for what they wrote on pages another module has
     * already decided the viewer may see. Unlisted accounts are left out (shown as former members).
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, MemberName> names(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? new java.util.HashMap<>() : views.names(accounts.listedNames(ids));
    }

    /** Names to suggest while typing an institution on a profile. */
    @Transactional(readOnly = true)
    public List<String> institutionNames(Actor actor) {
        policy.accounts().requireViewProfiles(actor);
        return institutions.findAll().stream().map(Institution::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
