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

    private Languages() {
    }

    public static String supportedOrDefault(Locale locale) {
        return locale != null && INTERFACE.contains(locale.getLanguage()) ? locale.getLanguage() : INTERFACE.get(0);
    }

    public static boolean isInterfaceLanguage(String code) {
        return code != null && INTERFACE.contains(code);
    }
}
