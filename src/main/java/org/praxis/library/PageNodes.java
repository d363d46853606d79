package org.praxis.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.praxis.library.internal.PageNode;

/**
 * A community's tree of pages, read once: parents, children in their order, and which pages are
 * members-only because they or a page above them are flagged.
 */
final class PageNodes {

    private final Map<Long, PageNode> byId = new HashMap<>();
    private final Map<Long, List<PageNode>> children = new HashMap<>();

    private PageNodes(List<PageNode> nodes) {
        for (PageNode node : nodes) {
            byId.put(node.id(), node);
        }
        for (PageNode node : nodes) {
            // A parent missing from the community cannot happen through the service; such a page goes to the top.
            Long parent = node.parentId() != null && byId.containsKey(node.parentId()) ? node.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
        }
    }

    /** The nodes as the repository gives them, siblings already in their order. */
    static PageNodes of(List<PageNode> nodes) {
        return new PageNodes(nodes);
    }

    boolean contains(long id) {
        return byId.containsKey(id);
    }

    int size() {
        return byId.size();
    }

    List<PageNode> children(Long parentId) {
        return children.getOrDefault(parentId, List.of());
    }

    /** The pages above this one, from the top of the tree down to its parent. */
    List<PageNode> ancestors(long id) {
        List<PageNode> path = new ArrayList<>();
        PageNode node = byId.get(id);
        int guard = byId.size();
        while (node != null && node.parentId() != null && guard-- > 0) {
            node = byId.get(node.parentId());
            if (node != null) {
                path.add(0, node);
            }
        }
        return path;
    }

    /** Flagged members-only, or under a page that is: a child must not show under a parent the reader may not see. */
    boolean membersOnly(long id) {
        PageNode node = byId.get(id);
        if (node == null) {
            return false;
        }
        return node.membersOnly() || ancestors(id).stream().anyMatch(PageNode::membersOnly);
    }

    /** Whether {@code id} is {@code ancestorId} or lies anywhere below it. */
    boolean isWithin(long id, long ancestorId) {
        return id == ancestorId || ancestors(id).stream().anyMatch(n -> n.id() == ancestorId);
    }

    /** How many pages a reader finds, members-only ones left out unless they see them. */
    long count(boolean seesMembersOnly) {
        return seesMembersOnly ? byId.size() : byId.keySet().stream().filter(id -> !membersOnly(id)).count();
    }
}
