package org.praxis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member who opens several pages at once right after signing in gets every one of them. */
@PraxisIntegrationTest
class FreshSessionIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("PRAXIS_SESSION=([^;]+)");

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    @Test
    void pagesOpenedAtOnceOnANewSessionAllLoad() throws Exception {
        Member member = accounts.member("Parallel");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(url("/signin")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = session(form);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String fields = "email=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(member.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/signin"))
                .header("Cookie", "PRAXIS_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String fresh = session(signedIn);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String path = i % 2 == 0 ? "/profile" : "/communities/new";
                pages.add(pool.submit(() -> http.send(HttpRequest.newBuilder(url(path))
                        .header("Cookie", "PRAXIS_SESSION=" + fresh).build(), HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (Future<Integer> page : pages) {
                assertThat(page.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
