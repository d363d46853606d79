package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.praxis.Browser;
import org.springframework.test.web.servlet.MvcResult;

/** Starting discussions and commenting through the web forms, as members do. */
public final class Discussing {

    private Discussing() {
    }

    /** Starts a discussion (or, under /announcements, an announcement); returns its id. */
    public static long start(Browser author, String slug, String title, String body, String... extra) {
        MvcResult result = startAnswer(author, slug, "discussions", title, body, extra);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("discussion %s started", title).startsWith("/c/" + slug + "/discussions/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static long announce(Browser author, String slug, String title, String body) {
        MvcResult result = startAnswer(author, slug, "announcements", title, body);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("announcement %s posted", title).startsWith("/c/" + slug + "/discussions/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static MvcResult startAnswer(Browser author, String slug, String tab, String title, String body, String... extra) {
        String[] fields = new String[4 + extra.length];
        fields[0] = "title";
        fields[1] = title;
        fields[2] = "body";
        fields[3] = body;
        System.arraycopy(extra, 0, fields, 4, extra.length);
        author.get("/c/" + slug);
        return author.post("/c/" + slug + "/" + tab + "/new", fields);
    }

    /**
     * Comments (or replies, with {@code replyTo}), with more form fields if given (e.g.
     * {@code personalDataConfirmed}); returns the comment's id.
     */
    public static long comment(Browser author, String slug, long discussionId, String body, Long replyTo, String... extra) {
        MvcResult result = commentAnswer(author, slug, discussionId, body, replyTo, extra);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("comment posted").contains("#comment-");
        return Long.parseLong(location.substring(location.indexOf("#comment-") + 9));
    }

    public static MvcResult commentAnswer(Browser author, String slug, long discussionId, String body, Long replyTo,
                                          String... extra) {
        author.get("/c/" + slug);
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.Arrays.asList("body", body));
        if (replyTo != null) {
            fields.addAll(java.util.Arrays.asList("replyTo", replyTo.toString()));
        }
        fields.addAll(java.util.Arrays.asList(extra));
        return author.post(thread(slug, discussionId) + "/comments", fields.toArray(String[]::new));
    }

    public static String thread(String slug, long id) {
        return "/c/" + slug + "/discussions/" + id;
    }
}
