package org.praxis.library;

import java.util.ArrayList;
import java.util.List;

import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.springframework.stereotype.Component;

/**
 * A block the tests embed as {@code {{test-notes label="..."}}}, whose items depend on the reader
 * as a real block's would: everyone gets the open note, signed-in readers one naming their
 * account, staff one more. One item carries a {@code javascript:} address, which the page must
 * not turn into a link.
 */
@Component
class PageBlocksForTests implements PageBlocks {

    static final String OPEN_NOTE = "Open note for everyone";
    static final String SIGNED_IN_NOTE = "Note for account ";
    static final String STAFF_NOTE = "Note for staff only";
    static final String SCRIPTED_NOTE = "Scripted note";

    @Override
    public String name() {
        return "test-notes";
    }

    @Override
    public List<PageBlockItem> items(Actor reader, CommunityFacts community, String argument) {
        String label = PageBlocks.attributes(argument).getOrDefault("label", "no label");
        List<PageBlockItem> items = new ArrayList<>();
        items.add(new PageBlockItem(OPEN_NOTE, "/c/notes/open", label + " in community " + community.id()));
        items.add(new PageBlockItem(SCRIPTED_NOTE, "javascript:alert(1)", null));
        if (reader.signedIn()) {
            items.add(new PageBlockItem(SIGNED_IN_NOTE + reader.accountId(), "https://example.org/notes", null));
        }
        if (reader.staff()) {
            items.add(new PageBlockItem(STAFF_NOTE, null, null));
        }
        return items;
    }
}
