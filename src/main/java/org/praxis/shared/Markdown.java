package org.praxis.shared;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown that members write, turned into HTML that is safe to show: CommonMark with tables
 * and autolinks, then an allow-list sanitiser, so scripts, event handlers, {@code javascript:}
 * links, styles and SVG never reach a page whatever the author typed.
 *
 * <p>Parsing and sanitising cost more than everything else on a page of comments, and the same
 * texts are shown again and again, so results are kept in a bounded in-memory cache keyed by
 * the text itself (an edited text is a new key; the old entry ages out).
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
                    .allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "blockquote")
                    .toFactory());

    /** Characters of Markdown and HTML kept, about 2 bytes each when not Latin-1. */
    private static final long CACHE_WEIGHT = 12_000_000;
    private static final Cache<String, String> RENDERED = Caffeine.newBuilder()
            .maximumWeight(CACHE_WEIGHT)
            .weigher((String text, String html) -> text.length() + html.length() + 64)
            .build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERED.get(markdown, Markdown::render);
    }

    /** Parses and sanitises without the cache (for the micro-benchmark). */
    static String render(String markdown) {
        Node document = PARSER.parse(markdown);
        // The page's own title is its only h1: a "# heading" in the text becomes an h2.
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(RENDERER.render(document));
    }
}
