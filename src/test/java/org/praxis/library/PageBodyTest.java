package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.praxis.library.PageBody.Segment;

class PageBodyTest {

    @Test
    void aBlockLineCutsTheTextAndCarriesItsArgument() {
        List<Segment> parts = PageBody.split("Intro\n\n{{files folder=\"Reports\"}}\n\nOutro");
        assertThat(parts).containsExactly(new Segment("Intro\n\n", null, null),
                new Segment(null, "files", "folder=\"Reports\""), new Segment("\nOutro\n", null, null));
    }

    @Test
    void aBlockWithoutArgumentHasAnEmptyOne() {
        assertThat(PageBody.split("  {{ events }}  ")).containsExactly(new Segment(null, "events", ""));
    }

    @Test
    void blocksInsideFencedCodeOrInsideALineStayText() {
        String body = "```\n{{files}}\n```\nSee {{events}} here";
        assertThat(PageBody.split(body)).containsExactly(new Segment(body + "\n", null, null));
    }

    @Test
    void namesAreLowerCaseWordsOnly() {
        assertThat(PageBody.split("{{Files}}\n{{x<y}}")).extracting(Segment::block).containsOnlyNulls();
    }

    @Test
    void attributesAreReadFromQuotedPairs() {
        assertThat(PageBlocks.attributes("folder=\"Annual reports\" limit = \"5\" stray"))
                .isEqualTo(Map.of("folder", "Annual reports", "limit", "5"));
        assertThat(PageBlocks.attributes(null)).isEmpty();
    }

    @Test
    void onlyLocalAndWebAddressesBecomeLinks() {
        assertThat(CommunityPages.safeUrl("/c/x/files/1")).isEqualTo("/c/x/files/1");
        assertThat(CommunityPages.safeUrl("https://example.org")).isEqualTo("https://example.org");
        assertThat(CommunityPages.safeUrl("javascript:alert(1)")).isNull();
        assertThat(CommunityPages.safeUrl("//evil.example")).isNull();
        assertThat(CommunityPages.safeUrl("data:text/html,x")).isNull();
    }
}
