package org.praxis.notification.internal;

import java.util.Locale;

import org.praxis.notification.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence that tells a notification, in one language: "Léa replied in “Cash transfers”",
 * from the message bundles ({@code notification.text.KIND} or {@code notification.text.KIND.VARIANT}).
 */
@Component
public class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String sentence(NotificationKind kind, String variant, String actorName, String communityName, String title,
                           String detail, Locale locale) {
        String key = "notification.text." + kind.name() + (variant == null ? "" : "." + variant);
        Object[] args = {actorName == null ? messages.getMessage("notification.someone", null, locale) : actorName,
                communityName == null ? "" : communityName, title == null ? "" : title, detail == null ? "" : detail};
        return messages.getMessage(key, args, locale);
    }

    /** The subject of an e-mail telling one notification. */
    public String subject(NotificationKind kind, String variant, String actorName, String communityName, String title,
                          String detail, Locale locale) {
        return sentence(kind, variant, actorName, communityName, title, detail, locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
