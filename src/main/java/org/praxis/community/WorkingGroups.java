package org.praxis.community;

import java.time.Clock;

import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityAccess;
import org.praxis.policy.Privacy;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups: communities inside a community, created by its admins, with their own
 * privacy, members and tabs. Everything else (joining, inviting, settings, status) works on a
 * working group as on any community, under the working-group rules of the access policy.
 */
@Service
public class WorkingGroups {

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Communities communities;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final Clock clock;

    public WorkingGroups(Communities communities, CommunityCatalog catalog, CommunityMembership membership,
                         AccessPolicy policy, Clock clock) {
        this.communities = communities;
        this.catalog = catalog;
        this.membership = membership;
        this.policy = policy;
        this.clock = clock;
    }

    /** Creates a working group in {@code parentSlug}; its creator becomes its first admin. Returns its slug. */
    @Transactional
    public String create(Actor actor, String parentSlug, NewWorkingGroup command) {
        Community parent = communities.findBySlug(parentSlug).orElseThrow(() -> new NotFoundException("community"));
        Relation relation = membership.relation(actor, parent.facts());
        policy.communities().requireSee(actor, parent.facts(), relation);
        if (!policy.communities().canCreateWorkingGroup(actor, parent.facts(), relation)) {
            throw new NotAllowedException("create working group");
        }
        String name = InputErrors.clean(command.name());
        String shortDescription = InputErrors.clean(command.shortDescription());
        InputErrors errors = new InputErrors();
        errors.required("name", name, CommunityCatalog.NAME_MAX);
        errors.required("shortDescription", shortDescription, CommunityCatalog.SHORT_MAX);
        if (command.privacy() == null) {
            errors.add("privacy", "input.required");
        } else if (!Privacy.forWorkingGroups().contains(command.privacy())) {
            errors.add("privacy", "workingGroup.privacyNotAllowed");
        }
        if (name != null && !errors.has("name") && CommunityCatalog.slugOf(name).isEmpty()) {
            errors.add("name", "community.nameNeedsLetters");
        }
        errors.throwIfAny();

        Community group = communities.save(Community.workingGroup(parent, catalog.uniqueSlug(name), name,
                shortDescription, CommunityAccess.of(command.privacy()), actor.accountId(), clock.instant()));
        membership.addFounder(group.getId(), actor.accountId());
        return group.getSlug();
    }

    /**
     * Deletes a working group with its memberships, requests and invitations: the parent's
     * admins and staff may, whether or not they are in it.
     */
    @Transactional
    public void delete(Actor actor, String parentSlug, String groupSlug) {
        Community group = communities.findBySlug(groupSlug)
                .filter(g -> g.isWorkingGroup() && g.getParent().getSlug().equals(parentSlug))
                .orElseThrow(() -> new NotFoundException("working group"));
        Relation relation = membership.relation(actor, group.facts());
        policy.communities().requireSee(actor, group.facts(), relation);
        if (!policy.communities().canDeleteWorkingGroup(actor, group.facts(), relation)) {
            throw new NotAllowedException("delete working group");
        }
        audit.info("account {} deleted working group {} ({}) of community {}", actor.accountId(), group.getId(),
                group.getSlug(), group.getParent().getId());
        communities.delete(group);
    }
}
