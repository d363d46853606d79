package org.praxis.notification.internal;

import java.util.List;
import java.util.Locale;

import org.praxis.shared.PraxisProperties;
import org.praxis.shared.mail.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes notification e-mails, digests and newsletters in the recipient's language, as plain text
 * and HTML, with the links every one of them carries: where to change preferences and a
 * one-click unsubscribe address (also sent as List-Unsubscribe headers).
 */
@Component
public class MailComposer {

    /** One line of a mail: what happened and where to see it (an absolute link). */
    public record Item(String text, String link, String excerpt) {
    }

    /** The items of one community, under its name. */
    public record Section(String heading, List<Item> items) {
    }

    /** A whole message before it is written out. */
    public record Letter(String key, long accountId, String to, Locale locale, String name, String subject, String intro,
                         String editorialHtml, String editorialText, List<Section> sections, String unsubscribeUrl,
                         String unsubscribeLabel) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PraxisProperties properties;

    MailComposer(ITemplateEngine templates, MessageSource messages, PraxisProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    public Mail write(Letter letter) {
        Locale locale = letter.locale();
        String preferences = properties.link("/settings/notifications");
        StringBuilder text = new StringBuilder();
        text.append(msg("notification.mail.greeting", locale, letter.name())).append("\n\n");
        if (letter.intro() != null) {
            text.append(letter.intro()).append("\n\n");
        }
        if (letter.editorialText() != null && !letter.editorialText().isBlank()) {
            text.append(letter.editorialText().strip()).append("\n\n");
        }
        for (Section section : letter.sections()) {
            if (section.heading() != null) {
                text.append("== ").append(section.heading()).append(" ==\n\n");
            }
            for (Item item : section.items()) {
                text.append("- ").append(item.text()).append('\n');
                if (item.excerpt() != null && !item.excerpt().isBlank()) {
                    text.append("  ").append(item.excerpt()).append('\n');
                }
                text.append("  ").append(item.link()).append("\n\n");
            }
        }
        text.append("-- \n")
                .append(msg("notification.mail.why", locale, properties.baseUrl())).append('\n')
                .append(msg("notification.mail.preferences", locale)).append(": ").append(preferences).append('\n')
                .append(letter.unsubscribeLabel()).append(": ").append(letter.unsubscribeUrl()).append('\n');

        Context context = new Context(locale);
        context.setVariable("letter", letter);
        context.setVariable("preferencesUrl", preferences);
        context.setVariable("siteUrl", properties.baseUrl());
        String html = templates.process("notification/mail", context);
        return new Mail(letter.to(), letter.subject(), text.toString(), html, letter.unsubscribeUrl(), letter.key());
    }

    /** The one-click address that turns off this kind (or, with kind null, all e-mail) from this community (or all). */
    public String unsubscribeUrl(String token, Long communityId, String kind) {
        StringBuilder path = new StringBuilder("/unsubscribe/").append(token);
        String sep = "?";
        if (communityId != null) {
            path.append(sep).append("c=").append(communityId);
            sep = "&";
        }
        if (kind != null) {
            path.append(sep).append("k=").append(kind);
        }
        return properties.link(path.toString());
    }

    public String link(String path) {
        return properties.link(path);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
