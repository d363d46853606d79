package org.praxis;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.praxis.shared.mail.MailFolder;
import org.praxis.shared.mail.MailFolder.StoredMail;

/** Reads the mail the platform wrote, waiting for messages that listeners send after commit. */
public class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    private final MailFolder folder;

    public Mailbox(MailFolder folder) {
        this.folder = folder;
    }

    /** The newest message to this address whose subject contains the text. */
    public StoredMail await(String to, String subjectPart) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> latest(to, subjectPart), m -> m != null);
    }

    public StoredMail latest(String to, String subjectPart) {
        return folder.newest(500).stream()
                .filter(m -> m.to().equalsIgnoreCase(to) && m.subject().contains(subjectPart))
                .findFirst().orElse(null);
    }

    /** Waits until this address has received {@code n} messages (the listeners send after commit). */
    public void awaitCount(String to, int n) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> count(to) >= n);
    }

    public long count(String to) {
        return folder.newest(10_000).stream().filter(m -> m.to().equalsIgnoreCase(to)).count();
    }

    /** The path and query of the first link in the message, to follow it against the test server. */
    public static String linkPath(StoredMail mail) {
        Matcher m = LINK.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("No link in mail: " + mail.text());
        }
        return m.group(1);
    }
}
