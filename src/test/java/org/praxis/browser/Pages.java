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

    static Locator link(Page page, String name) {
        return main(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
