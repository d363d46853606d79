package org.praxis.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The interface languages Praxis speaks, and the languages a member can say they speak. */
public final class Languages {

    /** Interface languages, the default first. */
    public static final List<String> INTERFACE = List.of("en", "fr");

    /** ISO 639-1 codes a profile may list. */
    public static final Set<String> SPOKEN = new TreeSet<>(List.of(Locale.getISOLanguages()));

    /** A spoken language: its code and its name in the reader's language. */
    public record Choice(String code, String name) {
    }

    private Languages() {
    }

    /** The name of a language in the reader's language ("fr" is "French" or "français"). */
    public static String displayName(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    /** The spoken languages the JDK can name, in the reader's alphabetical order. */
    public static List<Choice> choices(Locale locale) {
        return SPOKEN.stream()
                .map(code -> new Choice(code, displayName(code, locale)))
                .filter(c -> !c.name().equals(c.code()))
                .sorted(java.util.Comparator.comparing(Choice::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    public static String supportedOrDefault(Locale locale) {
        return locale != null && INTERFACE.contains(locale.getLanguage()) ? locale.getLanguage() : INTERFACE.get(0);
    }

    public static boolean isInterfaceLanguage(String code) {
        return code != null && INTERFACE.contains(code);
    }

    /**
     * The distinct codes chosen in a form, in the order given, each checked against
     * {@link #SPOKEN}; problems go to the {@code languages} field.
     */
    public static Set<String> chosen(List<String> codes, org.praxis.shared.InputErrors errors, int max) {
        Set<String> result = new java.util.LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String cleaned = org.praxis.shared.InputErrors.clean(code);
            if (cleaned == null) {
                continue;
            }
            if (!SPOKEN.contains(cleaned)) {
                errors.add("languages", "profile.languageUnknown");
                return result;
            }
            result.add(cleaned);
        }
        if (result.size() > max) {
            errors.add("languages", "profile.tooMany", max);
        }
        return result;
    }
}
