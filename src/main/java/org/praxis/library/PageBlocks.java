package org.praxis.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;

/**
 * A kind of list a page may embed, written on a line of its own in the page's text, such as
 * {@code {{files folder="Reports"}}} or {@code {{events}}}. The module that owns the things
 * listed implements it as a Spring bean; a page shows nothing for a name no bean answers to.
 *
 * <p>The page has already checked that the reader may read the page; the bean must still
 * return only what this reader may see of its own things (ask the access policy), since a page
 * readable by visitors may embed a list of members-only items.
 */
public interface PageBlocks {

    /** The name written after {@code {{}: lower-case letters, digits and hyphens, e.g. "files" or "events". */
    String name();

    /**
     * The items this reader may see, in the order to show them (a page shows at most
     * {@value CommunityPages#BLOCK_ITEMS_MAX}). {@code argument} is what follows the name inside
     * the braces, trimmed (empty when nothing does); {@link #attributes} reads its
     * {@code key="value"} pairs.
     */
    List<PageBlockItem> items(Actor reader, CommunityFacts community, String argument);

    /** The {@code key="value"} pairs of a block's argument, in order; anything else in it is ignored. */
    static Map<String, String> attributes(String argument) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (argument == null) {
            return attributes;
        }
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*\"([^\"]*)\"").matcher(argument);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2));
        }
        return attributes;
    }
}
