package org.praxis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What members write in Markdown is shown as safe HTML. */
class MarkdownTest {

    @Test
    void ordinaryMarkdownBecomesHtml() {
        String html = Markdown.toSafeHtml("# Goals\n\n**Share** practice\n\n- one\n- two\n\n[site](https://example.org)");
        assertThat(html).contains("<h2>Goals</h2>").doesNotContain("<h1>").contains("<strong>Share</strong>").contains("<li>one</li>")
                .contains("href=\"https://example.org\"").contains("rel=\"nofollow ugc noopener noreferrer\"");
    }

    @Test
    void tablesAreKeptForActivityCalendars() {
        String html = Markdown.toSafeHtml("| Period | Activity |\n|---|---|\n| Q1 | Webinar |");
        assertThat(html).contains("<table>").contains("<td>Webinar</td>");
    }

    @Test
    void scriptsHandlersJavascriptLinksAndSvgAreRemoved() {
        String html = Markdown.toSafeHtml("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                [click](javascript:alert(3))
                <a href="javascript:alert(4)">x</a>
                <svg onload=alert(5)><circle/></svg>
                <iframe src="https://evil.example"></iframe>
                <p style="background:url(javascript:alert(6))">styled</p>
                """);
        assertThat(html).doesNotContainPattern("<(script|img|svg|iframe|style|object|embed)")
                .doesNotContainPattern("<[a-z][^>]*\\son\\w+=")
                .doesNotContainPattern("<[a-z][^>]*style=")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = Markdown.toSafeHtml("[click](javascript:alert(3))\n\n[data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
                + "[vb](vbscript:msgbox)\n\n<https://example.org/ok>");
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("vbscript")
                .contains("href=\"https://example.org/ok\"");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("   ")).isEmpty();
    }
}
