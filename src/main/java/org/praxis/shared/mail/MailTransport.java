package org.praxis.shared.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeMessage;

import org.praxis.shared.PraxisProperties;
import org.praxis.shared.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the mail server: with SMTP settings, to that server; without them, as an
 * .eml file under the mail folder, where staff can read it (see {@link MailFolder}). A failure
 * throws; the outbox ({@link MailDeliverer}) tries again later.
 */
@Component
public class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final PraxisProperties properties;
    private final Clock clock;
    private final JavaMailSenderImpl smtp;
    private final Session fileSession = Session.getInstance(new Properties());

    MailTransport(PraxisProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.smtp = properties.mail().usesSmtp() ? smtpSender(properties.mail()) : null;
    }

    public void send(Mail mail) {
        try {
            if (smtp != null) {
                MimeMessage message = smtp.createMimeMessage();
                fill(message, mail);
                smtp.send(message);
                log.info("Mail '{}' sent by SMTP", mail.subject());
            } else {
                MimeMessage message = new MimeMessage(fileSession);
                fill(message, mail);
                Path file = writeToFolder(message);
                log.info("Mail '{}' written to {}", mail.subject(), file);
            }
        } catch (MessagingException | IOException e) {
            throw new MailNotSentException(e);
        }
    }

    public boolean usesSmtp() {
        return smtp != null;
    }

    private void fill(MimeMessage message, Mail mail) throws MessagingException {
        message.setFrom(new InternetAddress(properties.mailFrom()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.html() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternatives.addBodyPart(plain);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
        }
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setSentDate(Date.from(clock.instant()));
        message.saveChanges();
        if (mail.key() != null) {
            // After saveChanges, which would otherwise replace it with a random one.
            message.setHeader("Message-ID", "<" + Secrets.sha256(mail.key()).substring(0, 32) + "@" + messageIdDomain() + ">");
        }
    }

    private String messageIdDomain() {
        String host = java.net.URI.create(properties.baseUrl()).getHost();
        return host == null || host.isBlank() ? "praxis.invalid" : host;
    }

    private Path writeToFolder(MimeMessage message) throws IOException, MessagingException {
        Path folder = properties.mailDirectory();
        Files.createDirectories(folder);
        String name = FILE_STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        // Written under another name first so the staff page never lists half a message.
        return Files.move(partial, folder.resolve(name));
    }

    private static JavaMailSenderImpl smtpSender(PraxisProperties.Mail settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.smtpHost());
        sender.setPort(settings.smtpPort() == null ? 25 : settings.smtpPort());
        if (settings.smtpUsername() != null && !settings.smtpUsername().isBlank()) {
            sender.setUsername(settings.smtpUsername());
            sender.setPassword(settings.smtpPassword());
        }
        Properties props = sender.getJavaMailProperties();
        // JavaMail waits forever by default; a stuck server must not hold a thread.
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.auth", String.valueOf(settings.smtpUsername() != null && !settings.smtpUsername().isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStarttls()));
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** Delivery failed; the outbox keeps the message and tries again. */
    public static class MailNotSentException extends RuntimeException {
        MailNotSentException(Exception cause) {
            super("Mail could not be sent: " + cause.getMessage(), cause);
        }
    }
}
