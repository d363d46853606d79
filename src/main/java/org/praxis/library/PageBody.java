package org.praxis.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's Markdown cut at its block lines: a line holding only {@code {{name}}} or
 * {@code {{name argument}}} (a name of lower-case letters, digits and hyphens) embeds a list;
 * everything between is Markdown. Lines inside fenced code are text, so a page can show the
 * syntax itself.
 */
final class PageBody {

    /** Markdown text (block null), or a block with its name and argument (markdown null). */
    record Segment(String markdown, String block, String argument) {
    }

    private static final Pattern BLOCK = Pattern.compile("^ {0,3}\\{\\{\\s*([a-z][a-z0-9-]{0,39})(?:\\s+([^{}]*?))?\\s*}}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

    private PageBody() {
    }

    static List<Segment> split(String body) {
        List<Segment> segments = new ArrayList<>();
        if (body == null) {
            return segments;
        }
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : body.split("\n", -1)) {
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches()) {
                String mark = fenceLine.group(1);
                if (fence == null) {
                    fence = mark;
                } else if (mark.charAt(0) == fence.charAt(0) && mark.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher block = fence == null ? BLOCK.matcher(line) : null;
            if (block != null && block.matches()) {
                flush(text, segments);
                segments.add(new Segment(null, block.group(1), block.group(2) == null ? "" : block.group(2).strip()));
            } else {
                text.append(line).append('\n');
            }
        }
        flush(text, segments);
        return segments;
    }

    private static void flush(StringBuilder text, List<Segment> segments) {
        if (!text.toString().isBlank()) {
            segments.add(new Segment(text.toString(), null, null));
        }
        text.setLength(0);
    }
}
