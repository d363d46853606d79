package org.praxis.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What members type, made safe to store and show as text: Unicode in one normal form, and no
 * characters that hide or reorder what others read (zero-width spaces, bidirectional overrides
 * and isolates, which can make a title or file name read differently from what it is).
 */
public final class Text {

    // U+200B zero-width space, U+2060 word joiner, U+FEFF zero-width no-break space,
    // U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates, U+200E/F direction marks.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200E\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** A title, a tag or a name: one line, invisible characters removed, spaces collapsed; null when empty. */
    public static String line(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(INVISIBLE.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(""))
                .replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A body of text: line breaks kept, invisible characters removed, trimmed; null when empty. */
    public static String body(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = INVISIBLE.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("")
                .replace("\r\n", "\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
