package org.praxis.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Finds things on a Praxis page the way a person using a screen reader does: by role and label. */
final class Pages {

    private Pages() {
    }

    static Locator main(Page page) {
        return page.locator("main");
    }

    static Locator heading(Page page) {
        return main(page).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1));
    }

    /** A form field in the page content, by the exact text of its label. */
    static Locator field(Page page, String label) {
        return main(page).getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    static Locator button(Page page, String name) {
        return main(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Signs the member in through the sign-in form at {@code signInUrl}, and checks the welcome. */
    static void signIn(Page page, PageText text, org.praxis.TestAccounts.Member member, String signInUrl) {
        page.navigate(signInUrl);
        field(page, text.get("field.email")).fill(member.email());
        field(page, text.get("field.password")).fill(member.password());
        button(page, text.get("signin.submit")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(heading(page))
                .hasText(text.get("home.welcome", member.displayName()));
    }

    static Locator link(Page page, String name) {
        return main(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
