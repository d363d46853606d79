package org.praxis.browser;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The exact words a page shows in one language, read from the platform's message bundles. */
record PageText(MessageSource messages, Locale locale) {

    static PageText of(MessageSource messages, String browserLocale) {
        return new PageText(messages, Locale.forLanguageTag(browserLocale.substring(0, 2)));
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String language() {
        return locale.getLanguage();
    }
}
