package org.praxis.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.membership.MembershipEvents.JoinRequestDecided;
import org.praxis.membership.MembershipEvents.JoinRequested;
import org.praxis.membership.MembershipEvents.MemberJoined;
import org.praxis.membership.MembershipEvents.MemberLeft;
import org.praxis.membership.MembershipEvents.MemberSanctioned;
import org.praxis.membership.MembershipEvents.MemberSanctioned.Sanction;
import org.praxis.membership.internal.Ban;
import org.praxis.account.AccountLookup;
import org.praxis.membership.internal.Bans;
import org.praxis.membership.internal.Invitation;
import org.praxis.membership.internal.Invitations;
import org.praxis.membership.internal.JoinRequest;
import org.praxis.membership.internal.JoinRequests;
import org.praxis.membership.internal.RequestAnswer;
import org.praxis.membership.internal.Membership;
import org.praxis.membership.internal.Memberships;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Relation;
import org.praxis.policy.Role;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.RecentCounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who belongs to which community, and the use cases that change it: join, request, decide,
 * leave, remove, ban, change roles. Each asks the access policy first.
 */
@Service
public class CommunityMembership {

    public static final int MESSAGE_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int MAX_SUSPENSION_DAYS = 365;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");
    public static final int ANSWER_MAX = 1000;

    private final Memberships memberships;
    private final JoinRequests requests;
    private final Bans bans;
    private final Invitations invitations;
    private final AccountLookup accounts;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecentCounts<Long, Long> memberCounts = new RecentCounts<>();

    public CommunityMembership(Memberships memberships, JoinRequests requests, Bans bans, Invitations invitations,
                               AccountLookup accounts, AccessPolicy policy, ApplicationEventPublisher events,
                               Clock clock) {
        this.memberships = memberships;
        this.requests = requests;
        this.bans = bans;
        this.invitations = invitations;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What happened when someone pressed Join. */
    public enum JoinOutcome { JOINED, REQUESTED }

    /** The actor's relation to a community; for a working group, with their role in the parent. */
    @Transactional(readOnly = true)
    public Relation relation(Actor actor, CommunityFacts community) {
        Relation relation = relation(actor, community.id());
        if (community.isWorkingGroup() && actor.signedIn()) {
            return relation.withParentRole(roleIn(community.parentId(), actor.accountId()));
        }
        return relation;
    }

    private Role roleIn(long communityId, long accountId) {
        return memberships.findByCommunityIdAndAccountId(communityId, accountId).map(Membership::getRole).orElse(null);
    }

    private Relation relation(Actor actor, long communityId) {
        if (!actor.signedIn()) {
            return Relation.none();
        }
        Map<Long, Relation> memo = org.praxis.shared.web.RequestMemo.ofReadingRequest("relations." + actor.accountId());
        Relation known = memo == null ? null : memo.get(communityId);
        if (known != null) {
            return known;
        }
        Relation relation = lookUpRelation(actor.accountId(), communityId);
        if (memo != null) {
            memo.put(communityId, relation);
        }
        return relation;
    }

    private Relation lookUpRelation(long accountId, long communityId) {
        Optional<Membership> membership = memberships.findByCommunityIdAndAccountId(communityId, accountId);
        Role role = membership.map(Membership::getRole).orElse(null);
        boolean banned = bans.existsByCommunityIdAndAccountId(communityId, accountId);
        if (role != null) {
            // Invitations and join requests only matter to those who are not members yet.
            return new Relation(role, banned, false, false, null, membership.get().isPostingSuspendedAt(clock.instant()));
        }
        boolean requested = requests.findByCommunityIdAndAccountId(communityId, accountId)
                .filter(r -> r.getStatus() == JoinRequest.Status.PENDING).isPresent();
        boolean invited = !openInvitations(accountId, List.of(communityId)).isEmpty();
        return new Relation(role, banned, invited, requested);
    }

    /** The actor's relation to each of several communities, in three queries whatever their number. */
    @Transactional(readOnly = true)
    public Map<Long, Relation> relations(Actor actor, Collection<Long> communityIds) {
        Map<Long, Relation> result = new HashMap<>();
        if (!actor.signedIn() || communityIds.isEmpty()) {
            return result;
        }
        Map<Long, Role> roles = new HashMap<>();
        Set<Long> suspended = new HashSet<>();
        Instant now = clock.instant();
        for (Membership m : memberships.findByAccountIdAndCommunityIdIn(actor.accountId(), communityIds)) {
            roles.put(m.getCommunityId(), m.getRole());
            if (m.isPostingSuspendedAt(now)) {
                suspended.add(m.getCommunityId());
            }
        }
        Set<Long> banned = new HashSet<>();
        bans.findByAccountIdAndCommunityIdIn(actor.accountId(), communityIds).forEach(b -> banned.add(b.getCommunityId()));
        Set<Long> requested = new HashSet<>();
        requests.findByAccountIdAndStatusAndCommunityIdIn(actor.accountId(), JoinRequest.Status.PENDING, communityIds)
                .forEach(r -> requested.add(r.getCommunityId()));
        Set<Long> invited = new HashSet<>();
        openInvitations(actor.accountId(), communityIds).forEach(i -> invited.add(i.getCommunityId()));
        for (Long id : communityIds) {
            Role role = roles.get(id);
            // As for one community: invitations and join requests only matter to those who are not members yet.
            result.put(id, role != null ? new Relation(role, banned.contains(id), false, false, null, suspended.contains(id))
                    : new Relation(null, banned.contains(id), invited.contains(id), requested.contains(id)));
        }
        return result;
    }

    /** Which of these accounts are members of the community (for mentions and their suggestions). */
    @Transactional(readOnly = true)
    public Set<Long> memberIdsAmong(long communityId, Collection<Long> accountIds) {
        Set<Long> found = new HashSet<>();
        if (!accountIds.isEmpty()) {
            memberships.findByCommunityIdAndAccountIdIn(communityId, accountIds).forEach(m -> found.add(m.getAccountId()));
        }
        return found;
    }

    /** Ids of the communities the actor belongs to (for the list predicate and "my communities"). */
    @Transactional(readOnly = true)
    public Set<Long> communityIdsOf(Actor actor) {
        if (!actor.signedIn()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        memberships.findByAccountId(actor.accountId()).forEach(m -> ids.add(m.getCommunityId()));
        return ids;
    }

    /** Ids of the communities where the actor is a moderator or an admin (where they may move a discussion to). */
    @Transactional(readOnly = true)
    public Set<Long> moderatedCommunityIdsOf(Actor actor) {
        if (!actor.signedIn()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        memberships.findByAccountId(actor.accountId()).stream().filter(m -> m.getRole().atLeast(Role.MODERATOR))
                .forEach(m -> ids.add(m.getCommunityId()));
        return ids;
    }

    /** Ids of the communities the actor holds an open invitation to (they may see those even when hidden). */
    @Transactional(readOnly = true)
    public Set<Long> invitedCommunityIdsOf(Actor actor) {
        if (!actor.signedIn()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        invitations.allOpenFor(actor.accountId(), accounts.emailKeyOf(actor.accountId()).orElse(""), clock.instant())
                .forEach(i -> ids.add(i.getCommunityId()));
        if (!ids.isEmpty()) {
            bans.findByAccountIdAndCommunityIdIn(actor.accountId(), Set.copyOf(ids)).forEach(b -> ids.remove(b.getCommunityId()));
        }
        return ids;
    }

    private List<Invitation> openInvitations(long accountId, Collection<Long> communityIds) {
        return invitations.openFor(accountId, accounts.emailKeyOf(accountId).orElse(""), communityIds, clock.instant());
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> memberCounts(Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return new HashMap<>();
        }
        return new HashMap<>(memberCounts.of(communityIds, missing -> {
            Map<Long, Long> counts = new HashMap<>();
            memberships.countMembers(missing).forEach(c -> counts.put(c.getCommunityId(), c.getMembers()));
            return counts;
        }, 0L));
    }

    /**
     * Someone joined or left: the count shown is made again once the change is committed (here
     * at once; on other nodes within {@link RecentCounts#FRESHNESS}). Done here rather than by
     * listening to the events, which would store each as a publication to complete.
     */
    private void recountMembersAfterCommit(long communityId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    memberCounts.forget(communityId);
                }
            });
        } else {
            memberCounts.forget(communityId);
        }
    }

    /**
     * The actor's relation to each of several communities given by their facts, with the role in
     * the parent filled in for working groups: what a batch check of the access policy needs, in
     * the queries of {@link #relations(Actor, Collection)} whatever the number of communities.
     */
    @Transactional(readOnly = true)
    public Map<Long, Relation> relationsTo(Actor actor, Collection<CommunityFacts> communities) {
        Set<Long> ids = new HashSet<>();
        for (CommunityFacts c : communities) {
            ids.add(c.id());
            if (c.isWorkingGroup()) {
                ids.add(c.parentId());
            }
        }
        Map<Long, Relation> all = relations(actor, ids);
        Map<Long, Relation> result = new HashMap<>();
        for (CommunityFacts c : communities) {
            Relation r = all.getOrDefault(c.id(), Relation.none());
            if (c.isWorkingGroup()) {
                r = r.withParentRole(all.getOrDefault(c.parentId(), Relation.none()).role());
            }
            result.put(c.id(), r);
        }
        return result;
    }

    /** Every current member of a community (admins and moderators included), by seniority: one query. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long communityId) {
        return memberships.accountIdsWithRole(communityId, java.util.EnumSet.allOf(Role.class));
    }

    /** The admins and moderators of a community, who decide on proposals and reports: one query. */
    @Transactional(readOnly = true)
    public List<Long> moderatorIds(long communityId) {
        return memberships.accountIdsWithRole(communityId, java.util.EnumSet.of(Role.MODERATOR, Role.ADMIN));
    }

    @Transactional(readOnly = true)
    public List<Long> adminIds(long communityId) {
        return memberships.findByCommunityIdAndRole(communityId, Role.ADMIN).stream().map(Membership::getAccountId).toList();
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(Actor actor, CommunityFacts community) {
        Relation relation = relation(actor, community);
        policy.communities().requireSee(actor, community, relation);
        if (!policy.communities().canSeeMembers(actor, community, relation)) {
            throw new NotAllowedException("see members");
        }
        return memberships.byRankAndSeniority(community.id()).stream()
                .map(m -> new MemberRow(m.getAccountId(), m.getRole(), m.getJoinedAt())).toList();
    }

    /** The creator of a community is its first admin. Called inside the creation's transaction. */
    @Transactional
    public void addFounder(long communityId, long accountId) {
        memberships.save(new Membership(communityId, accountId, Role.ADMIN, clock.instant()));
        events.publishEvent(new MemberJoined(communityId, accountId));
        recountMembersAfterCommit(communityId);
    }

    /**
     * Makes someone a member and says so. In a working group the person's membership of the
     * parent is locked first, so a removal from the parent at the same moment comes either
     * before (and they are not admitted) or after (and its cleanup finds the new membership).
     */
    boolean admit(CommunityFacts community, long accountId) {
        if (community.isWorkingGroup() && memberships.lock(community.parentId(), accountId).isEmpty()) {
            return false;
        }
        memberships.save(new Membership(community.id(), accountId, Role.MEMBER, clock.instant()));
        events.publishEvent(new MemberJoined(community.id(), accountId));
        recountMembersAfterCommit(community.id());
        return true;
    }

    /**
     * Join: a member at once where joining is free, a request where it needs approval. A request
     * answers each of the community's screening questions ({@code screening} pairs each question
     * with the answer given); every answer is required.
     */
    @Transactional
    public JoinOutcome join(Actor actor, CommunityFacts community, String message, List<ScreeningAnswer> screening) {
        Relation relation = relation(actor, community);
        policy.communities().requireSee(actor, community, relation);
        if (relation.isMember()) {
            return JoinOutcome.JOINED;
        }
        if (policy.communities().canJoin(actor, community, relation)) {
            // Two presses at the same instant meet the unique key; the second gets a "changed meanwhile" answer.
            if (!admit(community, actor.accountId())) {
                throw new NotAllowedException("join");
            }
            openInvitations(actor.accountId(), List.of(community.id()))
                    .forEach(i -> i.decide(Invitation.Status.ACCEPTED, actor.accountId(), clock.instant()));
            return JoinOutcome.JOINED;
        }
        if (relation.requested()) {
            return JoinOutcome.REQUESTED;
        }
        if (!policy.communities().canRequest(actor, community, relation)) {
            throw new NotAllowedException("join");
        }
        String cleaned = InputErrors.clean(message);
        InputErrors errors = new InputErrors().optional("message", cleaned, MESSAGE_MAX);
        List<RequestAnswer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < screening.size(); i++) {
            String answer = InputErrors.clean(screening.get(i).answer());
            errors.required("answers[" + i + "]", answer, ANSWER_MAX);
            answers.add(new RequestAnswer(screening.get(i).question(), answer));
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        requests.findByCommunityIdAndAccountId(community.id(), actor.accountId()).ifPresentOrElse(
                existing -> existing.reopen(cleaned, answers, now),
                () -> requests.save(new JoinRequest(community.id(), actor.accountId(), cleaned, answers, now)));
        events.publishEvent(new JoinRequested(community.id(), actor.accountId(), clock.instant()));
        return JoinOutcome.REQUESTED;
    }

    @Transactional(readOnly = true)
    public List<PendingRequest> pendingRequests(Actor actor, CommunityFacts community) {
        requireModerator(actor, community);
        return requests.findByCommunityIdAndStatusOrderByCreatedAtAsc(community.id(), JoinRequest.Status.PENDING)
                .stream().map(r -> new PendingRequest(r.getId(), r.getAccountId(), r.getMessage(),
                        r.getAnswers().stream().map(a -> new ScreeningAnswer(a.getQuestion(), a.getAnswer())).toList(),
                        r.getCreatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long pendingCount(long communityId) {
        return requests.countByCommunityIdAndStatus(communityId, JoinRequest.Status.PENDING);
    }

    /**
     * Approves or rejects a pending request. Returns false when it was already decided (by
     * someone else a moment before): the first decision stands.
     */
    @Transactional
    public boolean decide(Actor actor, CommunityFacts community, long requestId, boolean approve) {
        requireModerator(actor, community);
        JoinRequest request = requests.findById(requestId)
                .filter(r -> r.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("join request"));
        int changed = requests.decide(requestId, community.id(),
                approve ? JoinRequest.Status.APPROVED : JoinRequest.Status.REJECTED, clock.instant(), actor.accountId());
        if (changed == 0) {
            return false;
        }
        long accountId = request.getAccountId();
        if (approve && memberships.findByCommunityIdAndAccountId(community.id(), accountId).isEmpty()
                && !bans.existsByCommunityIdAndAccountId(community.id(), accountId)) {
            admit(community, accountId);
        }
        events.publishEvent(new JoinRequestDecided(community.id(), accountId, approve, clock.instant()));
        return true;
    }

    /**
     * Follows a privacy change: when joining becomes free, pending requests are approved; when
     * it becomes invitation-only, they are declined. Either way each requester is told.
     */
    @Transactional
    public void followAccessChange(Actor actor, CommunityFacts community) {
        JoinMode mode = community.access().joinMode();
        if (mode == JoinMode.APPROVAL) {
            return;
        }
        boolean approve = mode == JoinMode.FREE;
        for (JoinRequest request : requests.findByCommunityIdAndStatusOrderByCreatedAtAsc(community.id(),
                JoinRequest.Status.PENDING)) {
            requests.decide(request.getId(), community.id(),
                    approve ? JoinRequest.Status.APPROVED : JoinRequest.Status.REJECTED, clock.instant(), actor.accountId());
            long accountId = request.getAccountId();
            if (approve && memberships.findByCommunityIdAndAccountId(community.id(), accountId).isEmpty()
                    && !bans.existsByCommunityIdAndAccountId(community.id(), accountId)) {
                admit(community, accountId);
            }
            events.publishEvent(new JoinRequestDecided(community.id(), accountId, approve, clock.instant()));
        }
    }

    /** Leaves a community; the last admin must first name another. */
    @Transactional
    public void leave(Actor actor, CommunityFacts community) {
        Relation relation = relation(actor, community);
        if (!policy.communities().canLeave(actor, community, relation)) {
            throw new NotAllowedException("leave");
        }
        Membership membership = memberships.findByCommunityIdAndAccountId(community.id(), actor.accountId()).orElseThrow();
        requireNotLastAdmin(community.id(), membership);
        memberships.delete(membership);
        events.publishEvent(new MemberLeft(community.id(), actor.accountId(), MemberLeft.Reason.LEFT));
        recountMembersAfterCommit(community.id());
    }

    /** Removes a member; with {@code banReason} the person is also banned. A moderator cannot act on an admin. */
    @Transactional
    public void remove(Actor actor, CommunityFacts community, long accountId, String banReason, boolean ban) {
        Relation relation = relation(actor, community);
        Relation target = relation(Actor.member(accountId), community);
        if (!policy.communities().canActOn(actor, community, relation, target) || actor.is(accountId)) {
            throw new NotAllowedException("remove member");
        }
        String reason = InputErrors.clean(banReason);
        InputErrors errors = new InputErrors();
        if (ban) {
            // Moderators who come later need to know why someone was banned.
            errors.required("reason", reason, REASON_MAX);
        } else {
            errors.optional("reason", reason, REASON_MAX);
        }
        errors.throwIfAny();
        if (!target.isMember() && (!ban || accounts.displayNameOf(accountId).isEmpty())) {
            throw new NotFoundException("member");
        }
        memberships.findByCommunityIdAndAccountId(community.id(), accountId).ifPresent(m -> {
            requireNotLastAdmin(community.id(), m);
            memberships.delete(m);
        });
        if (ban) {
            openInvitations(accountId, List.of(community.id()))
                    .forEach(i -> i.decide(Invitation.Status.REVOKED, null, clock.instant()));
        }
        if (ban && !target.banned()) {
            bans.save(new Ban(community.id(), accountId, reason, actor.accountId(), clock.instant()));
            requests.findByCommunityIdAndAccountId(community.id(), accountId)
                    .filter(r -> r.getStatus() == JoinRequest.Status.PENDING)
                    .ifPresent(r -> requests.decide(r.getId(), community.id(), JoinRequest.Status.REJECTED,
                            clock.instant(), actor.accountId()));
        }
        audit.info("account {} {} account {} from community {}", actor.accountId(), ban ? "banned" : "removed",
                accountId, community.id());
        events.publishEvent(new MemberSanctioned(community.id(), accountId, actor.accountId(),
                ban ? Sanction.BANNED : Sanction.REMOVED, reason, null, clock.instant()));
        events.publishEvent(new MemberLeft(community.id(), accountId,
                ban ? MemberLeft.Reason.BANNED : MemberLeft.Reason.REMOVED));
        recountMembersAfterCommit(community.id());
    }

    /**
     * Leaving, removal or ban from a community takes the person out of all its working groups:
     * their memberships, pending requests and open invitations there end too. A working group
     * that loses its last admin this way is handed to its longest-standing member.
     */
    @Transactional
    public void leaveWorkingGroups(Collection<Long> groupIds, long accountId, MemberLeft.Reason reason) {
        if (groupIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Membership left : memberships.findByAccountIdAndCommunityIdIn(accountId, groupIds)) {
            memberships.delete(left);
            if (left.getRole() == Role.ADMIN && memberships.countByCommunityIdAndRole(left.getCommunityId(), Role.ADMIN) == 0) {
                memberships.byRankAndSeniority(left.getCommunityId()).stream()
                        .findFirst().ifPresent(successor -> successor.changeRole(Role.ADMIN));
            }
            events.publishEvent(new MemberLeft(left.getCommunityId(), accountId, reason));
            recountMembersAfterCommit(left.getCommunityId());
        }
        requests.findByAccountIdAndStatusAndCommunityIdIn(accountId, JoinRequest.Status.PENDING, groupIds)
                .forEach(r -> r.withdraw(now));
        openInvitations(accountId, groupIds).forEach(i -> i.decide(Invitation.Status.REVOKED, null, now));
    }

    /**
     * Ends every tie of an account being deleted: its memberships (each announced as left, so
     * notifications and groups follow), its pending join requests and its open invitations. The
     * caller has made sure it is no community's last admin.
     */
    @Transactional
    public void endAll(long accountId) {
        Instant now = clock.instant();
        for (Membership left : memberships.findByAccountId(accountId)) {
            memberships.delete(left);
            events.publishEvent(new MemberLeft(left.getCommunityId(), accountId, MemberLeft.Reason.LEFT));
            recountMembersAfterCommit(left.getCommunityId());
        }
        requests.findByAccountIdAndStatus(accountId, JoinRequest.Status.PENDING).forEach(r -> r.withdraw(now));
        invitations.allOpenFor(accountId, accounts.emailKeyOf(accountId).orElse(""), now)
                .forEach(i -> i.decide(Invitation.Status.REVOKED, null, now));
    }

    /** The people banned from a community, newest first: for its moderators and admins. */
    @Transactional(readOnly = true)
    public List<BanRow> bans(Actor actor, CommunityFacts community) {
        requireModerator(actor, community);
        return bans.findByCommunityIdOrderByCreatedAtDesc(community.id()).stream()
                .map(b -> new BanRow(b.getAccountId(), b.getReason(), b.getCreatedAt())).toList();
    }

    /** Lifts a ban: the person may join, ask or be invited again. */
    @Transactional
    public void unban(Actor actor, CommunityFacts community, long accountId) {
        requireModerator(actor, community);
        Ban.Key key = new Ban.Key(community.id(), accountId);
        if (!bans.existsById(key)) {
            throw new NotFoundException("ban");
        }
        bans.deleteById(key);
        audit.info("account {} lifted the ban of account {} in community {}", actor.accountId(), accountId, community.id());
        events.publishEvent(new MemberSanctioned(community.id(), accountId, actor.accountId(), Sanction.UNBANNED, null,
                null, clock.instant()));
    }

    /**
     * Stops a member posting in the community for {@code days} days (they still read, react and
     * register for events), with a reason they are told. Moderators cannot suspend an admin.
     */
    @Transactional
    public Instant suspendPosting(Actor actor, CommunityFacts community, long accountId, Integer days, String reason) {
        Membership membership = sanctionable(actor, community, accountId, "suspend posting");
        String why = InputErrors.clean(reason);
        InputErrors errors = new InputErrors();
        errors.required("reason", why, REASON_MAX);
        if (days == null || days < 1 || days > MAX_SUSPENSION_DAYS) {
            errors.add("days", "moderation.days.range", MAX_SUSPENSION_DAYS);
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        Instant until = now.plus(java.time.Duration.ofDays(days));
        membership.suspendPostingUntil(until);
        events.publishEvent(new MemberSanctioned(community.id(), accountId, actor.accountId(), Sanction.POSTING_SUSPENDED,
                why, until, now));
        return until;
    }

    /** Lets a suspended member post again before the suspension ends. */
    @Transactional
    public void restorePosting(Actor actor, CommunityFacts community, long accountId) {
        Membership membership = sanctionable(actor, community, accountId, "restore posting");
        Instant now = clock.instant();
        if (membership.isPostingSuspendedAt(now)) {
            membership.suspendPostingUntil(null);
            events.publishEvent(new MemberSanctioned(community.id(), accountId, actor.accountId(),
                    Sanction.POSTING_RESTORED, null, null, now));
        }
    }

    /** Until when a member may not post in a community, if they are suspended now. */
    @Transactional(readOnly = true)
    public Optional<Instant> postingSuspendedUntil(long communityId, long accountId) {
        Instant now = clock.instant();
        return memberships.findByCommunityIdAndAccountId(communityId, accountId)
                .filter(m -> m.isPostingSuspendedAt(now)).map(Membership::getPostingSuspendedUntil);
    }

    /** Since when someone is a member of a community, if they are. */
    @Transactional(readOnly = true)
    public Optional<Instant> memberSince(long communityId, long accountId) {
        return memberships.findByCommunityIdAndAccountId(communityId, accountId).map(Membership::getJoinedAt);
    }

    private Membership sanctionable(Actor actor, CommunityFacts community, long accountId, String action) {
        Relation target = relation(Actor.member(accountId), community);
        if (!policy.communities().canActOn(actor, community, relation(actor, community), target) || actor.is(accountId)) {
            throw new NotAllowedException(action);
        }
        return memberships.findByCommunityIdAndAccountId(community.id(), accountId)
                .orElseThrow(() -> new NotFoundException("member"));
    }

    /** Grants or revokes moderator and admin: admins only; the last admin cannot be demoted. */
    @Transactional
    public void changeRole(Actor actor, CommunityFacts community, long accountId, Role role) {
        if (!policy.communities().canEditSettings(actor, community, relation(actor, community))) {
            throw new NotAllowedException("change role");
        }
        Membership membership = memberships.findByCommunityIdAndAccountId(community.id(), accountId)
                .orElseThrow(() -> new NotFoundException("member"));
        if (role != Role.ADMIN) {
            requireNotLastAdmin(community.id(), membership);
        }
        membership.changeRole(role);
        audit.info("account {} made account {} {} of community {}", actor.accountId(), accountId, role, community.id());
    }

    private void requireModerator(Actor actor, CommunityFacts community) {
        Relation relation = relation(actor, community);
        policy.communities().requireSee(actor, community, relation);
        if (!policy.communities().canModerateMembers(actor, community, relation)) {
            throw new NotAllowedException("moderate members");
        }
    }

    private void requireNotLastAdmin(long communityId, Membership membership) {
        if (membership.getRole() == Role.ADMIN && memberships.lockAdmins(communityId).size() <= 1) {
            new InputErrors().add("role", "membership.lastAdmin").throwIfAny();
        }
    }
}
