package org.praxis.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share and those one removed or added, in reading order: the longest common
 * subsequence of their lines. Lines both texts start and end with are matched first, so a small
 * edit of a long page compares only the part that changed; when that part is still too large to
 * compare line by line, it is shown as removed and added as a whole.
 */
public final class PageDiff {

    /** Cells of the comparison table above which the changed part is not compared line by line (about 16 MB). */
    static final long TABLE_MAX = 4_000_000;

    /** Whether a line is in both texts, only in the earlier one, or only in the later one. */
    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the comparison. */
    public record Line(Change change, String text) {
    }

    private PageDiff() {
    }

    /** The lines of {@code before} and {@code after} compared; null texts count as empty. */
    public static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Change.SAME, a[i]));
        }
        middle(a, start, endA, b, start, endB, lines);
        for (int i = endA; i < a.length; i++) {
            lines.add(new Line(Change.SAME, a[i]));
        }
        return lines;
    }

    /** Whether the comparison shows any change. */
    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.change() != Change.SAME);
    }

    private static void middle(String[] a, int fromA, int toA, String[] b, int fromB, int toB, List<Line> out) {
        int n = toA - fromA;
        int m = toB - fromB;
        if ((long) (n + 1) * (m + 1) > TABLE_MAX) {
            for (int i = fromA; i < toA; i++) {
                out.add(new Line(Change.REMOVED, a[i]));
            }
            for (int j = fromB; j < toB; j++) {
                out.add(new Line(Change.ADDED, b[j]));
            }
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[fromA + i..] and b[fromB + j..].
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a[fromA + i].equals(b[fromB + j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[fromA + i].equals(b[fromB + j])) {
                out.add(new Line(Change.SAME, a[fromA + i]));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Change.REMOVED, a[fromA + i]));
                i++;
            } else {
                out.add(new Line(Change.ADDED, b[fromB + j]));
                j++;
            }
        }
        for (; i < n; i++) {
            out.add(new Line(Change.REMOVED, a[fromA + i]));
        }
        for (; j < m; j++) {
            out.add(new Line(Change.ADDED, b[fromB + j]));
        }
    }

    private static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.replace("\r\n", "\n").split("\n", -1);
    }
}
