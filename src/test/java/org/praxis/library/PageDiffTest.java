package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.praxis.library.PageDiff.Change;
import org.praxis.library.PageDiff.Line;

class PageDiffTest {

    /** The lines as "  same", "- removed", "+ added", for short assertions. */
    private static List<String> shown(String before, String after) {
        return PageDiff.lines(before, after).stream().map(l -> switch (l.change()) {
            case SAME -> "  " + l.text();
            case REMOVED -> "- " + l.text();
            case ADDED -> "+ " + l.text();
        }).toList();
    }

    @Test
    void identicalTextsShowNoChange() {
        List<Line> lines = PageDiff.lines("a\nb\nc", "a\nb\nc");
        assertThat(lines).extracting(Line::change).containsOnly(Change.SAME);
        assertThat(PageDiff.changed(lines)).isFalse();
    }

    @Test
    void aChangedLineIsRemovedThenAdded() {
        assertThat(shown("a\nb\nc", "a\nB\nc")).containsExactly("  a", "- b", "+ B", "  c");
    }

    @Test
    void insertionsAndDeletionsKeepTheCommonLinesInOrder() {
        assertThat(shown("one\ntwo\nthree\nfour", "zero\none\nthree\nfour\nfive"))
                .containsExactly("+ zero", "  one", "- two", "  three", "  four", "+ five");
    }

    @Test
    void theLongestCommonSubsequenceIsKept() {
        // Common subsequence of length 4: a b d f; a naive first-match walk finds fewer.
        List<Line> lines = PageDiff.lines("a\nb\nc\nd\nf", "a\nx\nb\nd\ne\nf");
        assertThat(lines.stream().filter(l -> l.change() == Change.SAME).map(Line::text)).containsExactly("a", "b", "d", "f");
        assertThat(lines.stream().filter(l -> l.change() != Change.ADDED).map(Line::text))
                .as("reading the removed and common lines gives the earlier text").containsExactly("a", "b", "c", "d", "f");
        assertThat(lines.stream().filter(l -> l.change() != Change.REMOVED).map(Line::text))
                .as("reading the added and common lines gives the later text").containsExactly("a", "x", "b", "d", "e", "f");
    }

    @Test
    void emptyAndMissingTextsCompareAsNoLines() {
        assertThat(shown(null, "a\nb")).containsExactly("+ a", "+ b");
        assertThat(shown("a", "")).containsExactly("- a");
        assertThat(PageDiff.lines(null, null)).isEmpty();
    }

    @Test
    void windowsLineEndingsDoNotCountAsChanges() {
        assertThat(PageDiff.changed(PageDiff.lines("a\r\nb", "a\nb"))).isFalse();
    }

    @Test
    void aHugeChangeIsShownAsRemovedAndAddedWithoutComparingEveryPair() {
        String before = IntStream.range(0, 3000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        String after = IntStream.range(0, 3000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));
        List<Line> lines = PageDiff.lines("same start\n" + before + "\nsame end", "same start\n" + after + "\nsame end");
        assertThat(lines).hasSize(6002);
        assertThat(lines.get(0)).isEqualTo(new Line(Change.SAME, "same start"));
        assertThat(lines.subList(1, 3001)).extracting(Line::change).containsOnly(Change.REMOVED);
        assertThat(lines.subList(3001, 6001)).extracting(Line::change).containsOnly(Change.ADDED);
        assertThat(lines.get(6001)).isEqualTo(new Line(Change.SAME, "same end"));
    }
}
