package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Staff pages, the first-staff set-up link, suspension and restoration. */
@PraxisIntegrationTest
class StaffIT {

    @Autowired TestAccounts accounts;
    @Autowired StaffSetup setup;
    @Autowired Mailbox mailbox;

    @Test
    void staffPagesAreForStaffOnly() {
        Browser member = accounts.signedIn(accounts.member("Curious"));
        assertThat(member.get("/staff/accounts").getResponse().getStatus()).isEqualTo(403);
        assertThat(member.get("/staff/mail").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.browser().get("/staff/accounts").getResponse().getRedirectedUrl()).endsWith("/signin");

        Member target = accounts.member("Target");
        member.get("/");
        assertThat(member.post("/staff/accounts/" + target.id() + "/suspend").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where id = ? and suspended_at is null",
                Integer.class, target.id())).isEqualTo(1);
    }

    @Test
    void staffFindsAccountsByNameOrEmail() {
        Member target = accounts.member("Findable");
        Browser staff = accounts.signedIn(accounts.staff("Finder"));
        assertThat(Browser.body(staff.get("/staff/accounts?q=" + target.email()))).contains(target.displayName());
        assertThat(Browser.body(staff.get("/staff/accounts?q=" + target.displayName()))).contains(target.email());
    }

    @Test
    void suspensionEndsEverySessionAndBlocksSignInUntilRestored() {
        Member target = accounts.member("Troublemaker");
        Browser targetBrowser = accounts.signedIn(target);
        Browser rememberedBrowser = accounts.browser();
        rememberedBrowser.submit("/signin", "/signin", "email", target.email(), "password", target.password(), "remember-me", "true");
        assertThat(targetBrowser.get("/profile").getResponse().getStatus()).isEqualTo(200);

        Browser staff = accounts.signedIn(accounts.staff("Moderator"));
        staff.get("/staff/accounts?q=" + target.email());
        MvcResult suspended = staff.post("/staff/accounts/" + target.id() + "/suspend");
        assertThat(suspended.getResponse().getRedirectedUrl()).startsWith("/staff/accounts");
        assertThat(Browser.body(staff.get("/staff/accounts?q=" + target.email()))).contains("Suspended");

        assertThat(targetBrowser.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(rememberedBrowser.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(accounts.jdbc().queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, String.valueOf(target.id()))).isZero();

        MvcResult signIn = accounts.browser().submit("/signin", "/signin", "email", target.email(), "password", target.password());
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/signin?suspended");
        // A wrong password says nothing about the suspension.
        MvcResult guess = accounts.browser().submit("/signin", "/signin", "email", target.email(), "password", "wrong guess!!");
        assertThat(guess.getResponse().getRedirectedUrl()).isEqualTo("/signin?error");

        staff.get("/staff/accounts");
        staff.post("/staff/accounts/" + target.id() + "/restore");
        assertThat(accounts.signedIn(target).get("/profile").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void staffCannotSuspendThemselves() {
        Member self = accounts.staff("Self");
        Browser staff = accounts.signedIn(self);
        staff.get("/staff/accounts");
        assertThat(staff.post("/staff/accounts/" + self.id() + "/suspend").getResponse().getStatus()).isEqualTo(403);
        assertThat(staff.get("/profile").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void suspendingAnUnknownAccountIsNotFound() {
        Browser staff = accounts.signedIn(accounts.staff("Precise"));
        staff.get("/staff/accounts");
        assertThat(staff.post("/staff/accounts/999999999/suspend").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void staffReadsTheMailFolder() {
        String email = TestAccounts.uniqueEmail("mailread");
        accounts.browser().submit("/signup", "/signup", "email", email, "displayName", "Reader", "password", TestAccounts.PASSWORD);
        var mail = mailbox.await(email, "Confirm your e-mail");

        Browser staff = accounts.signedIn(accounts.staff("Postmaster"));
        assertThat(Browser.body(staff.get("/staff/mail"))).contains(email).contains("Confirm your e-mail address");
        assertThat(Browser.body(staff.get("/staff/mail/" + mail.id()))).contains("/verify?token=");
        assertThat(staff.get("/staff/mail/..%2F..%2Fpom.xml").getResponse().getStatus()).isIn(400, 404);
        assertThat(staff.get("/staff/mail/nothing.eml").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void setupLinkCreatesTheFirstStaffAccountOnce() {
        // Pretend the platform has no staff yet, as on a fresh install.
        accounts.jdbc().update("update account set staff = false where staff = true");
        String link = setup.issueLinkIfNeeded().orElseThrow();
        String path = link.substring(link.indexOf("/setup"));
        Browser first = accounts.browser();
        assertThat(Browser.body(first.get(path))).contains("Create the staff account");

        String email = TestAccounts.uniqueEmail("root");
        String token = path.substring(path.indexOf("token=") + 6);
        MvcResult created = first.post("/setup", "token", token, "email", email, "displayName", "Platform Staff",
                "password", TestAccounts.PASSWORD);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/signin");
        Browser staff = accounts.browser();
        staff.submit("/signin", "/signin", "email", email, "password", TestAccounts.PASSWORD);
        assertThat(staff.get("/staff/accounts").getResponse().getStatus()).isEqualTo(200);

        Browser second = accounts.browser();
        assertThat(Browser.body(second.get(path))).contains("This link no longer works");
        second.post("/setup", "token", token, "email", TestAccounts.uniqueEmail("late"), "displayName", "Late",
                "password", TestAccounts.PASSWORD);
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where display_name = 'Late'",
                Integer.class)).isZero();
        assertThat(setup.issueLinkIfNeeded()).isEmpty();
    }

    @Test
    void madeUpSetupLinkIsRefused() {
        assertThat(Browser.body(accounts.browser().get("/setup?token=guess"))).contains("This link no longer works");
    }
}
