package org.praxis.shared.storage;

import org.praxis.shared.Text;

/** The names of uploaded files, as shown to people; a name is never used to find a file. */
public final class FileNames {

    public static final int MAX = 200;

    private FileNames() {
    }

    /**
     * A file's last path segment, without control or invisible characters or leading dots, at
     * most 200 characters (the end kept, with its extension); "file" when nothing is left.
     */
    public static String safe(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        base = Text.line(base);
        if (base == null || base.equals(".") || base.equals("..")) {
            return "file";
        }
        base = base.replaceAll("^\\.+", "");
        if (base.isEmpty()) {
            return "file";
        }
        return base.length() <= MAX ? base : base.substring(base.length() - MAX);
    }
}
