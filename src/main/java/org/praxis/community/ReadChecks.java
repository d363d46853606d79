package org.praxis.community;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;

/**
 * Decides for many items of content at once whether an actor may read them: loads the facts of
 * their communities and the actor's relation to each (with the parent's for working groups) in a
 * few queries, then asks the module's own rule, which asks the policy, item by item.
 */
@Component
public class ReadChecks {

    /** The module's rule for one item, given its community and the actor's relation to it. */
    @FunctionalInterface
    public interface Rule<T> {
        boolean mayRead(T item, CommunityFacts community, Relation relation);
    }

    private final CommunityCatalog catalog;
    private final CommunityMembership membership;

    ReadChecks(CommunityCatalog catalog, CommunityMembership membership) {
        this.catalog = catalog;
        this.membership = membership;
    }

    /** The ids of the items the rule lets the actor read; items of unknown communities are left out. */
    public <T> Set<Long> readable(Actor actor, Collection<T> items, ToLongFunction<T> id, ToLongFunction<T> communityId,
                                  Rule<T> rule) {
        Set<Long> readable = new HashSet<>();
        if (items.isEmpty()) {
            return readable;
        }
        Set<Long> communityIds = new HashSet<>();
        items.forEach(i -> communityIds.add(communityId.applyAsLong(i)));
        Map<Long, CommunityFacts> facts = catalog.factsOf(communityIds);
        Map<Long, Relation> relations = membership.relationsTo(actor, facts.values());
        for (T item : items) {
            CommunityFacts c = facts.get(communityId.applyAsLong(item));
            if (c != null && rule.mayRead(item, c, relations.get(c.id()))) {
                readable.add(id.applyAsLong(item));
            }
        }
        return readable;
    }
}
