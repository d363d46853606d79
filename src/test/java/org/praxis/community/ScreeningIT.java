package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Screening questions: admins set them, requesters answer them, moderators read the answers. */
@PraxisIntegrationTest
class ScreeningIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private static void setQuestions(Browser admin, String slug, String... questions) {
        String[] fields = new String[questions.length * 2];
        for (int i = 0; i < questions.length; i++) {
            fields[2 * i] = "questions[" + i + "]";
            fields[2 * i + 1] = questions[i];
        }
        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/screening", fields);
    }

    private java.util.List<String> storedQuestions(String slug) {
        return accounts.jdbc().queryForList("""
                select q.question from community_screening_question q join community c on c.id = q.community_id
                where c.slug = ? order by q.position""", String.class, slug);
    }

    private int requestsOf(Member member) {
        return accounts.jdbc().queryForObject("select count(*) from join_request where account_id = ?", Integer.class,
                member.id());
    }

    @Test
    void requesterAnswersEachQuestionAndModeratorsReadTheAnswers() {
        Browser admin = accounts.signedIn(accounts.member("Screener"));
        String slug = CommunityFixtures.create(admin, "Screened " + System.nanoTime(), "SEMI_PRIVATE",
                "eligibility", "Practitioners of school feeding");
        setQuestions(admin, slug, "Where do you work?", "", "What do you hope to learn?");
        assertThat(storedQuestions(slug)).containsExactly("Where do you work?", "What do you hope to learn?");
        String settings = Browser.body(admin.get("/c/" + slug + "/manage/settings"));
        assertThat(settings).contains("value=\"Where do you work?\"").contains("<label class=\"form-label\" for=\"question-4\"");

        Member applicant = accounts.member("Screened applicant");
        Browser browser = accounts.signedIn(applicant);
        String landing = Browser.body(browser.get("/c/" + slug));
        assertThat(landing).contains("Practitioners of school feeding")
                .contains("<label class=\"form-label\" for=\"answer-0\">Where do you work?</label>")
                .contains("<label class=\"form-label\" for=\"answer-1\">What do you hope to learn?</label>")
                .contains("name=\"answers[1]\"");

        // One answer missing: the form again with the message at its field, the other answer kept, nothing stored.
        String missing = Browser.body(browser.post("/c/" + slug + "/join", "message", "Hello",
                "answers[0]", "Ministry of Education, Dakar", "answers[1]", "  "));
        assertThat(missing).contains("id=\"answer-1-error\"").contains("Please fill in this field")
                .contains("Ministry of Education, Dakar").contains("aria-invalid=\"true\"");
        assertThat(requestsOf(applicant)).isZero();
        String tooLong = Browser.body(browser.post("/c/" + slug + "/join",
                "answers[0]", "x".repeat(1001), "answers[1]", "y"));
        assertThat(tooLong).contains("Please use at most 1,000 characters");
        assertThat(requestsOf(applicant)).isZero();
        browser.post("/c/" + slug + "/join", "message", "Hello");
        assertThat(requestsOf(applicant)).as("no answers at all").isZero();

        browser.post("/c/" + slug + "/join", "message", "Hello", "answers[0]", "Ministry of Education, Dakar",
                "answers[1]", "Menus that children like");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("Your request to join is waiting");

        String queue = Browser.body(admin.get("/c/" + slug + "/manage/requests"));
        assertThat(queue).contains("<dt>Where do you work?</dt>").contains("Ministry of Education, Dakar")
                .contains("<dt>What do you hope to learn?</dt>").contains("Menus that children like");

        // Later edits of the questions do not rewrite past answers.
        setQuestions(admin, slug, "Which country?");
        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/requests"))).contains("Where do you work?");
    }

    @Test
    void badQuestionsAreRefusedAndNothingChanges() {
        Browser admin = accounts.signedIn(accounts.member("Careless screener"));
        String slug = CommunityFixtures.create(admin, "Badly screened " + System.nanoTime(), "SEMI_PRIVATE");
        setQuestions(admin, slug, "First?");

        admin.get("/c/" + slug + "/manage/settings");
        String tooMany = Browser.body(admin.post("/c/" + slug + "/manage/screening", "questions[0]", "a", "questions[1]", "b",
                "questions[2]", "c", "questions[3]", "d", "questions[4]", "e", "questions[5]", "f"));
        assertThat(tooMany).contains("Please ask at most 5 questions");
        String tooLong = Browser.body(admin.post("/c/" + slug + "/manage/screening", "questions[0]", "q".repeat(301)));
        assertThat(tooLong).contains("Please use at most 300 characters").contains("id=\"question-0-error\"");
        assertThat(storedQuestions(slug)).containsExactly("First?");
    }

    @Test
    void onlyAdminsSetQuestionsAndFreeJoinsAskNone() {
        Browser admin = accounts.signedIn(accounts.member("Question owner"));
        String slug = CommunityFixtures.create(admin, "Owned questions " + System.nanoTime(), "PUBLIC");
        setQuestions(admin, slug, "Asked only on request?");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Plain questioner");
        assertThat(Browser.body(accounts.signedIn(member).get("/c/" + slug))).contains("You are a member");

        Browser plain = accounts.signedIn(member);
        plain.get("/c/" + slug);
        assertThat(plain.post("/c/" + slug + "/manage/screening", "questions[0]", "Mine?").getResponse().getStatus())
                .isEqualTo(403);
        Browser visitor = accounts.browser();
        visitor.get("/c/" + slug);
        assertThat(visitor.post("/c/" + slug + "/manage/screening", "questions[0]", "Mine?").getResponse().getStatus())
                .isIn(302, 403);
        assertThat(storedQuestions(slug)).containsExactly("Asked only on request?");
    }

    @Test
    void hostileQuestionsAndAnswersAreShownEscaped() {
        Browser admin = accounts.signedIn(accounts.member("Hostile screener"));
        String slug = CommunityFixtures.create(admin, "Hostile screening " + System.nanoTime(), "OPEN", "approval", "true");
        setQuestions(admin, slug, "<script>alert(1)</script>Who are you?");
        Browser applicant = accounts.signedIn(accounts.member("Hostile applicant"));
        String landing = Browser.body(applicant.get("/c/" + slug));
        assertThat(landing).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;Who are you?");
        applicant.post("/c/" + slug + "/join", "answers[0]", "<img src=x onerror=alert(2)>");
        String queue = Browser.body(admin.get("/c/" + slug + "/manage/requests"));
        assertThat(queue).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void screeningOverTheApi() {
        Member adminMember = accounts.member("Api screener");
        ApiClient admin = ApiClient.as(accounts, adminMember, port);
        String slug = admin.post("/api/v1/communities", """
                {"name": "Api screened %d", "shortDescription": "x", "privacy": "OPEN", "approval": true}
                """.formatted(System.nanoTime())).body().get("slug").asString();
        String path = "/api/v1/communities/" + slug + "/screening-questions";

        Answer tooMany = admin.call("PUT", path, "{\"questions\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.body().get("errors").toString()).contains("\"field\":\"questions\"");
        Answer tooLong = admin.call("PUT", path, "{\"questions\": [\"" + "q".repeat(301) + "\"]}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").toString()).contains("\"field\":\"questions[0]\"");
        assertThat(admin.call("PUT", path, "{\"questions\": [\"Your role?\", \"Your country?\"]}").status()).isEqualTo(200);

        Member applicantMember = accounts.member("Api screened applicant");
        ApiClient applicant = ApiClient.as(accounts, applicantMember, port);
        assertThat(applicant.call("PUT", path, "{\"questions\": [\"Mine?\"]}").status()).isEqualTo(403);
        assertThat(applicant.get(path).body().get("questions").toString()).contains("Your role?").contains("Your country?");
        Answer omitted = applicant.post("/api/v1/communities/" + slug + "/join", "{\"answers\": [\"Analyst\"]}");
        assertThat(omitted.status()).isEqualTo(400);
        assertThat(omitted.body().get("errors").toString()).contains("\"field\":\"answers[1]\"");
        assertThat(requestsOf(applicantMember)).isZero();
        Answer joined = applicant.post("/api/v1/communities/" + slug + "/join",
                "{\"message\": \"Hi\", \"answers\": [\"Analyst\", \"Ghana\"]}");
        assertThat(joined.body().get("outcome").asString()).isEqualTo("REQUESTED");

        Answer requests = admin.get("/api/v1/communities/" + slug + "/requests");
        assertThat(requests.body().get(0).get("answers").toString())
                .contains("{\"question\":\"Your role?\",\"answer\":\"Analyst\"}")
                .contains("{\"question\":\"Your country?\",\"answer\":\"Ghana\"}");
        assertThat(applicant.get("/api/v1/communities/" + slug + "/requests").status()).isEqualTo(403);
        assertThat(admin.get(path).body().get("questions").size()).isEqualTo(2);
    }
}
