package org.praxis.shared.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.praxis.shared.PraxisProperties;
import org.springframework.stereotype.Component;

/** Reads back the messages the file delivery wrote, newest first, for the staff mail page. */
@Component
public class MailFolder {

    private static final Pattern FILE_NAME = Pattern.compile("^[0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9a-f]{8}\\.eml$");

    /** A stored message as staff see it. */
    public record StoredMail(String id, Instant sent, String to, String subject, String text, String html,
                             String listUnsubscribe, String messageId) {
    }

    private final PraxisProperties properties;
    private final Session session = Session.getInstance(new Properties());

    public MailFolder(PraxisProperties properties) {
        this.properties = properties;
    }

    public List<StoredMail> newest(int limit) {
        Path folder = properties.mailDirectory();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.eml")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<StoredMail> result = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(limit, files.size()))) {
            read(file).ifPresent(result::add);
        }
        return result;
    }

    /** Only names the delivery itself makes are accepted, so no path can escape the folder. */
    public Optional<StoredMail> find(String id) {
        if (id == null || !FILE_NAME.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = properties.mailDirectory().resolve(id);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    private Optional<StoredMail> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            Address[] to = message.getAllRecipients();
            Object content = message.getContent();
            String text = content instanceof String plain ? plain : "";
            String html = null;
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            }
            return Optional.of(new StoredMail(
                    file.getFileName().toString(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    to == null || to.length == 0 ? "" : to[0].toString(),
                    message.getSubject(),
                    text, html, message.getHeader("List-Unsubscribe", null), message.getMessageID()));
        } catch (IOException | MessagingException e) {
            return Optional.empty();
        }
    }
}
