package org.praxis.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, which page (from 0), its size, and how many in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> ResultPage<R> map(Function<List<T>, List<R>> mapper) {
        return new ResultPage<>(mapper.apply(items), page, size, total);
    }

    /** The furthest page anyone may ask for: deeper offsets are refused by databases, and nobody reads them. */
    public static final int MAX_PAGE = 10_000;

    /** Clamps a requested page number to 0..MAX_PAGE. */
    public static int page(int requested) {
        return Math.max(0, Math.min(MAX_PAGE, requested));
    }

    /** Clamps a requested page size to 1..MAX_SIZE. */
    public static int size(Integer requested, int fallback) {
        if (requested == null) {
            return fallback;
        }
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }

    /** Escapes LIKE wildcards in what a person typed and wraps it for a "contains" match. */
    public static String containsPattern(String text) {
        String cleaned = InputErrors.clean(text);
        if (cleaned == null) {
            return null;
        }
        String escaped = cleaned.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
