package org.praxis.discussion.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.praxis.community.CommunityCatalog;
import org.praxis.discussion.DiscussionFeeds;
import org.praxis.discussion.FeedEntry;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.PraxisProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's Atom feed (RFC 4287), and the member's private feed address. Feeds read with
 * a secret are private and never cached; public feeds are revalidated on every read, so a
 * privacy change takes effect at once.
 */
@Controller
class FeedController {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final DiscussionFeeds feeds;
    private final CommunityCatalog catalog;
    private final PraxisProperties properties;

    FeedController(DiscussionFeeds feeds, CommunityCatalog catalog, PraxisProperties properties) {
        this.feeds = feeds;
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping("/c/{slug}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String slug, @RequestParam(required = false) String token)
            throws XMLStreamException {
        Actor reader = feeds.reader(token);
        CommunityFacts community = catalog.facts(reader, slug);
        List<FeedEntry> entries = feeds.entries(reader, community);
        String name = catalog.about(reader, slug).name();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, token == null ? "no-cache" : "private, no-store")
                .body(atom(slug, name, entries));
    }

    /** Makes (or replaces) the member's private feed secret and shows the address once. */
    @PostMapping("/c/{slug}/feed/private")
    String privateFeed(Actor actor, @PathVariable String slug, RedirectAttributes redirect) {
        catalog.facts(actor, slug);
        String secret = feeds.newSecret(actor);
        redirect.addFlashAttribute("privateFeed", properties.link("/c/" + slug + "/feed.atom?token=" + secret));
        return "redirect:/c/" + slug + "/discussions";
    }

    private String atom(String slug, String name, List<FeedEntry> entries) throws XMLStreamException {
        StringWriter out = new StringWriter();
        // The JDK's own writer, whatever other StAX library is on the class path, so feeds read the same everywhere.
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        String page = properties.link("/c/" + slug + "/discussions");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", properties.link("/c/" + slug + "/feed.atom"));
        element(xml, "title", name);
        element(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()).toString());
        link(xml, page, "alternate");
        for (FeedEntry e : entries) {
            String url = properties.link("/c/" + slug + "/discussions/" + e.id());
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", e.title());
            link(xml, url, "alternate");
            element(xml, "published", e.published().toString());
            element(xml, "updated", e.updated().toString());
            xml.writeStartElement("author");
            element(xml, "name", e.authorName() == null ? "-" : e.authorName());
            xml.writeEndElement();
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(e.html());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
