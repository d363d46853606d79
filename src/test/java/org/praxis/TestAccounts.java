package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.praxis.account.SignUp;
import org.praxis.account.SignUpCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Makes confirmed accounts for tests and signs them in, without going through the mail each time. */
public class TestAccounts {

    /** An account a test made, with the password to sign in. */
    public record Member(long id, String email, String password, String displayName) {
    }

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final SignUp signUp;
    private final JdbcTemplate jdbc;

    public TestAccounts(MockMvc mvc, SignUp signUp, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.signUp = signUp;
        this.jdbc = jdbc;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
    }

    /** A confirmed member whose display name starts with the given name. */
    public Member member(String name) {
        String email = uniqueEmail(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        String displayName = name + " " + SEQUENCE.incrementAndGet();
        signUp.register(new SignUpCommand(email, PASSWORD, displayName), Locale.ENGLISH);
        long id = idOf(email);
        jdbc.update("update account set email_verified_at = current_timestamp where id = ?", id);
        return new Member(id, email, PASSWORD, displayName);
    }

    public Member staff(String name) {
        Member member = member(name);
        jdbc.update("update account set staff = true where id = ?", member.id());
        return member;
    }

    public long idOf(String email) {
        return jdbc.queryForObject("select id from account where email_key = ?", Long.class,
                email.toLowerCase(Locale.ROOT));
    }

    public Browser browser() {
        return new Browser(mvc);
    }

    /** A browser signed in as the member. */
    public Browser signedIn(Member member) {
        Browser browser = browser();
        MvcResult result = browser.submit("/signin", "/signin", "email", member.email(), "password", member.password());
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", member.email()).isEqualTo("/");
        return browser;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
