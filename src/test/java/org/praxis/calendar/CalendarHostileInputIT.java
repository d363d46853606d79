package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bad and hostile event input, on the form and over the API: each gets a clear message next to
 * its field (or a problem+json naming the field), and nothing is stored.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarHostileInputIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private Browser admin;
    private ApiClient api;
    private String slug;

    @BeforeAll
    void community() {
        Member founder = accounts.member("Admin");
        admin = accounts.signedIn(founder);
        slug = CommunityFixtures.create(admin, "Hostile calendar " + System.nanoTime(), "OPEN");
        api = ApiClient.as(accounts, founder, port);
    }

    static Stream<Arguments> badInput() {
        String huge = "x".repeat(50_001);
        return Stream.of(
                Arguments.of("missing title", "title", "", "Please fill in this field."),
                Arguments.of("end before start", "end", "2099-03-10T09:00", "The end must come after the start."),
                Arguments.of("end equal to start", "end", "2099-03-10T10:00", "The end must come after the start."),
                Arguments.of("unknown zone", "timeZone", "Mars/Olympus", "Please enter a time zone such as Europe/Paris."),
                Arguments.of("offset instead of zone", "timeZone", "+02:00", "Please enter a time zone such as Europe/Paris."),
                Arguments.of("javascript link", "onlineUrl", "javascript:alert(1)", "Please enter a web address starting with https://"),
                Arguments.of("data link", "onlineUrl", "data:text/html,hi", "Please enter a web address starting with https://"),
                Arguments.of("capacity zero", "capacity", "0", "Please enter a number of places between 1 and"),
                Arguments.of("negative capacity", "capacity", "-5", "Please enter a number of places between 1 and"),
                Arguments.of("capacity not a number", "capacity", "ten", "Please enter a whole number."),
                Arguments.of("start not a time", "start", "tomorrow", "Please enter a date and time like"),
                Arguments.of("huge title", "title", "t".repeat(201), "Please use at most 200 characters."),
                Arguments.of("huge description", "description", huge, "Please use at most 50,000 characters."),
                Arguments.of("huge location", "location", "l".repeat(301), "Please use at most 300 characters."),
                Arguments.of("control characters", "title", "Bell\u0007", "not allowed"),
                Arguments.of("a year beyond any calendar", "start", "+999999999-12-01T10:00", "Give a date between the years 1970 and"),
                Arguments.of("a year too far ahead", "end", "9999-03-10T11:00", "Give a date between the years 1970 and"),
                Arguments.of("a made-up kind of event", "kind", "PARTY", "Please choose a value from the list."));
    }

    @ParameterizedTest(name = "form: {0}")
    @MethodSource("badInput")
    void formShowsTheProblemNextToTheFieldAndStoresNothing(String what, String field, String value, String message) {
        String title = "Hostile " + System.nanoTime();
        long before = events();
        MvcResult result = admin.submit("/c/" + slug + "/calendar/new", "/c/" + slug + "/calendar/new",
                "title", field.equals("title") ? value : title, "kind", field.equals("kind") ? value : "MEETING",
                "start", field.equals("start") ? value : "2099-03-10T10:00",
                "end", field.equals("end") ? value : "2099-03-10T11:00",
                "timeZone", field.equals("timeZone") ? value : "Europe/Paris",
                "description", field.equals("description") ? value : "",
                "location", field.equals("location") ? value : "",
                "onlineUrl", field.equals("onlineUrl") ? value : "",
                "capacity", field.equals("capacity") ? value : "");
        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
        String page = Browser.body(result);
        assertThat(page).as(what).contains("id=\"" + field + "-error\"").contains(message.replace("'", "&#39;"));
        assertThat(events()).as(what + ": nothing stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "API: {0}")
    @MethodSource("badInput")
    void apiAnswersAProblemNamingTheFieldAndStoresNothing(String what, String field, String value, String message) {
        // Values of the wrong kind are refused while the JSON is read (see apiRefusesUnreadableTimesWithAProblem).
        if (field.equals("capacity") && value.equals("ten") || field.equals("start") || field.equals("kind")) {
            return;
        }
        long before = events();
        StringBuilder json = new StringBuilder("{\"kind\":\"MEETING\"");
        json.append(",\"title\":").append(quote(field.equals("title") ? value : "Hostile API"));
        json.append(",\"start\":\"2099-03-10T10:00\"");
        json.append(",\"end\":").append(quote(field.equals("end") ? value : "2099-03-10T11:00"));
        json.append(",\"timeZone\":").append(quote(field.equals("timeZone") ? value : "Europe/Paris"));
        if (field.equals("description") || field.equals("location") || field.equals("onlineUrl")) {
            json.append(",\"").append(field).append("\":").append(quote(value));
        }
        if (field.equals("capacity")) {
            json.append(",\"capacity\":").append(value);
        }
        json.append('}');
        ApiClient.Answer answer = api.post("/api/v1/communities/" + slug + "/calendar/events", json.toString());
        assertThat(answer.status()).as(what).isEqualTo(400);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.body().toString()).as(what).contains("\"" + field + "\"");
        assertThat(events()).as(what + ": nothing stored").isEqualTo(before);
    }

    @Test
    void apiRefusesAMadeUpKindOfEventWithAProblem() {
        long before = events();
        ApiClient.Answer answer = api.post("/api/v1/communities/" + slug + "/calendar/events",
                "{\"title\":\"Party\",\"kind\":\"PARTY\",\"start\":\"2099-03-10T10:00\",\"end\":\"2099-03-10T11:00\","
                        + "\"timeZone\":\"Europe/Paris\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void apiRefusesUnreadableTimesWithAProblem() {
        long before = events();
        ApiClient.Answer answer = api.post("/api/v1/communities/" + slug + "/calendar/events",
                "{\"title\":\"Bad time\",\"kind\":\"MEETING\",\"start\":\"tomorrow\",\"end\":\"2099-03-10T11:00\","
                        + "\"timeZone\":\"Europe/Paris\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void followUpRefusesScriptLinksAndKeepsTheOldOnes() {
        long id = Scheduling.create(admin, slug, "Webinar to follow up", "kind", "WEBINAR");
        admin.get(Scheduling.page(slug, id) + "/follow-up");
        MvcResult result = admin.post(Scheduling.page(slug, id) + "/follow-up", "recordingUrl", "javascript:alert(1)",
                "slidesUrl", "https://slides.example.org");
        assertThat(Browser.body(result)).contains("id=\"recordingUrl-error\"");
        assertThat(accounts.jdbc().queryForObject("select count(*) from calendar_event where id = ? and slides_url is null",
                Long.class, id)).as("nothing stored").isEqualTo(1);
    }

    @Test
    void markdownDescriptionIsSanitised() {
        long id = Scheduling.create(admin, slug, "Sanitised", "description",
                "<script>alert(1)</script>[click](javascript:alert(2)) <img src=x onerror=alert(3)>");
        String page = Browser.body(accounts.browser().get(Scheduling.page(slug, id)));
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("href=\"javascript:").doesNotContain("<img src");
    }

    private long events() {
        return accounts.jdbc().queryForObject("select count(*) from calendar_event", Long.class);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0007", "\\u0007") + "\"";
    }
}
