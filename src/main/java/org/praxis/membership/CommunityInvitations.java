package org.praxis.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.praxis.account.AccountLookup;
import org.praxis.account.DirectoryQuery;
import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.membership.MembershipEvents.InvitationSent;
import org.praxis.membership.MembershipEvents.MemberJoined;
import org.praxis.membership.internal.Bans;
import org.praxis.membership.internal.Invitation;
import org.praxis.membership.internal.Invitations;
import org.praxis.membership.internal.Membership;
import org.praxis.membership.internal.Memberships;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.policy.Role;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Secrets;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail address (to people with an account or without one yet) and to platform
 * users picked by name. An invitation
 * lasts 30 days, can be revoked, and is accepted or declined from the e-mailed link or from
 * the community page.
 */
@Service
public class CommunityInvitations {

    public static final Duration LIFETIME = Duration.ofDays(30);
    public static final int BATCH_MAX = 200;
    public static final int MESSAGE_MAX = 4000;
    public static final int CANDIDATES_MAX = 10;

    private final Invitations invitations;
    private final Memberships memberships;
    private final Bans bans;
    private final CommunityMembership membership;
    private final AccountLookup accounts;
    private final MemberDirectory directory;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimits limits;

    public CommunityInvitations(Invitations invitations, Memberships memberships, Bans bans,
                                CommunityMembership membership, AccountLookup accounts, MemberDirectory directory,
                                AccessPolicy policy, ApplicationEventPublisher events, Clock clock, RateLimits limits) {
        this.limits = limits;
        this.directory = directory;
        this.invitations = invitations;
        this.memberships = memberships;
        this.bans = bans;
        this.membership = membership;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What the invitation e-mail says about the community. */
    public record About(String name, String slug, String shortDescription) {
    }

    /**
     * Invites every address in {@code addresses} (separated by commas, semicolons, spaces or
     * lines). Members are skipped, banned people are not invited, an address invited before
     * gets a fresh invitation.
     */
    @Transactional
    public InviteResult invite(Actor actor, CommunityFacts community, About about, String addresses, String message) {
        return invite(actor, community, about, addresses, null, message);
    }

    /**
     * Invites the addresses in {@code addresses} and the platform users in {@code accountIds}
     * (picked by name; only listed accounts). Members are skipped, banned people are not
     * invited, someone invited before gets a fresh invitation. An account's invitation is
     * stored against the account: the inviter never sees its e-mail address.
     */
    @Transactional
    public InviteResult invite(Actor actor, CommunityFacts community, About about, String addresses,
                               Collection<Long> accountIds, String message) {
        requireInviter(actor, community);
        String text = InputErrors.clean(message);
        InputErrors errors = new InputErrors();
        errors.optional("message", text, MESSAGE_MAX);
        Set<String> emails = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String part : (addresses == null ? "" : addresses).split("[,;\\s]+")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (new InputErrors().email("x", address).has("x")) {
                invalid.add(address);
            } else {
                emails.add(address.toLowerCase(Locale.ROOT));
            }
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (accountIds != null) {
            accountIds.stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        if (emails.isEmpty() && invalid.isEmpty() && ids.isEmpty()) {
            errors.add(accountIds != null && addresses == null ? "accountIds" : "addresses", "input.required");
        }
        if (emails.size() > BATCH_MAX) {
            errors.add("addresses", "invitation.tooMany", BATCH_MAX);
        }
        if (ids.size() > BATCH_MAX) {
            errors.add("accountIds", "invitation.tooMany", BATCH_MAX);
        }
        errors.throwIfAny();
        // Each valid address and each person picked counts, invited or skipped (a member already), so the
        // batch is counted before any invitation goes.
        limits.take(actor, community.id(), LimitedAction.INVITATION, emails.size() + ids.size());

        Instant now = clock.instant();
        String inviter = accounts.displayNameOf(actor.accountId()).orElse("");
        List<String> alreadyMembers = new ArrayList<>();
        List<String> banned = new ArrayList<>();
        int invited = 0;
        List<String> outsideParent = new ArrayList<>();
        for (String email : emails) {
            Optional<Long> accountId = accounts.listedIdByEmail(email);
            Relation target = accountId.map(id -> membership.relation(Actor.member(id), community)).orElse(Relation.none());
            if (target.isMember()) {
                alreadyMembers.add(email);
                continue;
            }
            if (target.banned()) {
                banned.add(email);
                continue;
            }
            if (!policy.communities().canBeInvited(community, target)) {
                outsideParent.add(email);
                continue;
            }
            Invitation invitation = invitations.findFirstByCommunityIdAndEmailOrderByCreatedAtDesc(community.id(), email)
                    .map(existing -> {
                        existing.renew(text, actor.accountId(), now, now.plus(LIFETIME));
                        return existing;
                    })
                    .orElseGet(() -> invitations.save(new Invitation(community.id(), accountId.orElse(null), email, text,
                            actor.accountId(), now, now.plus(LIFETIME))));
            events.publishEvent(new InvitationSent(invitation.getId(), about.name(), about.slug(),
                    about.shortDescription(), inviter, invitation.getCommunityId(), invitation.getAccountId(), actor.accountId()));
            invited++;
        }
        // Only accounts the directory lists (confirmed, not suspended) can be picked.
        Map<Long, MemberCard> people = ids.isEmpty() ? Map.of() : directory.cards(ids);
        for (Long accountId : ids) {
            MemberCard person = people.get(accountId);
            if (person == null) {
                invalid.add("#" + accountId);
                continue;
            }
            Relation target = membership.relation(Actor.member(accountId), community);
            if (target.isMember()) {
                alreadyMembers.add(person.displayName());
                continue;
            }
            if (target.banned()) {
                banned.add(person.displayName());
                continue;
            }
            if (!policy.communities().canBeInvited(community, target)) {
                outsideParent.add(person.displayName());
                continue;
            }
            Invitation invitation = invitations.findFirstByCommunityIdAndAccountIdOrderByCreatedAtDesc(community.id(), accountId)
                    .map(existing -> {
                        existing.renew(text, actor.accountId(), now, now.plus(LIFETIME));
                        return existing;
                    })
                    .orElseGet(() -> invitations.save(new Invitation(community.id(), accountId, null, text,
                            actor.accountId(), now, now.plus(LIFETIME))));
            events.publishEvent(new InvitationSent(invitation.getId(), about.name(), about.slug(),
                    about.shortDescription(), inviter, invitation.getCommunityId(), invitation.getAccountId(), actor.accountId()));
            invited++;
        }
        return new InviteResult(invited, alreadyMembers, banned, invalid, outsideParent);
    }

    /**
     * Platform users whose name matches, for an inviter picking whom to invite: the member
     * directory's answer (listed accounts only), each marked if already a member or banned.
     */
    @Transactional(readOnly = true)
    public List<InviteCandidate> candidates(Actor actor, CommunityFacts community, String name) {
        requireInviter(actor, community);
        if (InputErrors.clean(name) == null) {
            return List.of();
        }
        List<InviteCandidate> found = new ArrayList<>();
        for (MemberCard card : directory.search(actor, new DirectoryQuery(name, null, null, null), 0, CANDIDATES_MAX).items()) {
            Relation target = membership.relation(Actor.member(card.id()), community);
            // A working group suggests only members of its parent: nobody else can be invited.
            if (target.isMember() || target.banned() || policy.communities().canBeInvited(community, target)) {
                found.add(new InviteCandidate(card, target.isMember(), target.banned()));
            }
        }
        return found;
    }

    /** Declines, from the community page, every open invitation the actor holds to the community. */
    @Transactional
    public void declineAll(Actor actor, CommunityFacts community) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("decline invitation");
        }
        List<Invitation> open = invitations.openFor(actor.accountId(), accounts.emailKeyOf(actor.accountId()).orElse(""),
                List.of(community.id()), clock.instant());
        if (open.isEmpty()) {
            throw new NotFoundException("invitation");
        }
        open.forEach(i -> i.decide(Invitation.Status.DECLINED, actor.accountId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<InvitationRow> pending(Actor actor, CommunityFacts community) {
        requireInviter(actor, community);
        Instant now = clock.instant();
        return invitations.findByCommunityIdAndStatusOrderByCreatedAtDesc(community.id(), Invitation.Status.PENDING)
                .stream().filter(i -> i.isOpen(now))
                .map(i -> new InvitationRow(i.getId(), i.getEmail(), i.getAccountId(), i.getCreatedAt(), i.getExpiresAt()))
                .toList();
    }

    @Transactional
    public void revoke(Actor actor, CommunityFacts community, long invitationId) {
        requireInviter(actor, community);
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("invitation"));
        if (invitation.getStatus() == Invitation.Status.PENDING) {
            invitation.decide(Invitation.Status.REVOKED, null, clock.instant());
        }
    }

    /** The invitation behind an e-mailed link, if it is still open; unknown, used, revoked or expired ones are empty. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> byLink(Actor actor, String secret) {
        return open(secret).filter(i -> i.getAccountId() == null || actor.is(i.getAccountId())).map(i -> new InvitationView(i.getCommunityId(), i.getMessage(), i.getExpiresAt()));
    }

    /**
     * Accepts an invitation from its link: the signed-in person becomes a member. An invitation
     * made for another account cannot be taken over.
     */
    @Transactional
    public long accept(Actor actor, String secret, CommunityFacts community) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("accept invitation");
        }
        Invitation invitation = open(secret).filter(i -> i.getAccountId() == null || actor.is(i.getAccountId()))
                .filter(i -> i.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("invitation"));
        Relation relation = membership.relation(actor, community);
        policy.communities().requireSee(actor, community, relation);
        if (!relation.isMember() && !policy.communities().canJoin(actor, community, relation)) {
            throw new NotAllowedException("join");
        }
        invitation.decide(Invitation.Status.ACCEPTED, actor.accountId(), clock.instant());
        if (!relation.isMember() && !membership.admit(community, actor.accountId())) {
            throw new NotAllowedException("join");
        }
        return invitation.getCommunityId();
    }

    @Transactional
    public long decline(Actor actor, String secret) {
        Invitation invitation = open(secret).filter(i -> i.getAccountId() == null || actor.is(i.getAccountId()))
                .orElseThrow(() -> new NotFoundException("invitation"));
        invitation.decide(Invitation.Status.DECLINED, actor.signedIn() ? actor.accountId() : null, clock.instant());
        return invitation.getCommunityId();
    }

    private Optional<Invitation> open(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(Secrets.sha256(secret)).filter(i -> i.isOpen(now));
    }

    private void requireInviter(Actor actor, CommunityFacts community) {
        Relation relation = membership.relation(actor, community);
        policy.communities().requireSee(actor, community, relation);
        if (!policy.communities().canModerateMembers(actor, community, relation)) {
            throw new NotAllowedException("invite");
        }
    }
}
