package org.praxis.notification;

import java.time.Instant;
import java.util.List;

/** What the newsletter pages show. */
public final class NewsletterViews {

    private NewsletterViews() {
    }

    /** A piece of recent news an admin may put in a newsletter. */
    public record NewsItem(long id, String text, String link, Instant at, boolean chosen) {
    }

    /** The form: subject, editorial, and the recent news with the chosen ones ticked. */
    public record Draft(Long id, String subject, String editorial, List<NewsItem> news, long recipients) {
    }

    /** The message as members will read it (the editorial rendered), before it is sent. */
    public record Preview(long id, String subject, String editorialHtml, List<NewsItem> items, long recipients) {
    }

    /** A newsletter in the community's history. */
    public record Sent(long id, String subject, String status, Instant sentAt, Integer recipients, String authorName) {
    }

    /** What an admin wrote: subject, editorial (Markdown) and the chosen news ids. */
    public record Text(String subject, String editorial, List<Long> newsIds) {
    }
}
