package org.praxis.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A community's pages as one reader may see them: nested, siblings in their order, members-only
 * pages (and what lies under them) left out for those who may not read them. {@code canWrite}
 * says whether the reader may create, edit, move and delete pages.
 */
public record PageTree(List<Node> pages, boolean canWrite) {

    /** A page and the pages under it; {@code depth} is 0 at the top. */
    public record Node(long id, String title, boolean membersOnly, int depth, List<Node> children) {
    }

    /** Every page, depth first, for a list of places to choose from; the page {@code excluded} and what lies under it are left out. */
    public List<Node> places(Long excluded) {
        List<Node> places = new ArrayList<>();
        add(pages, excluded, places);
        return places;
    }

    private static void add(List<Node> nodes, Long excluded, List<Node> places) {
        for (Node node : nodes) {
            if (excluded != null && node.id() == excluded) {
                continue;
            }
            places.add(node);
            add(node.children(), excluded, places);
        }
    }
}
