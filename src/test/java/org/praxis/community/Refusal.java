package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.praxis.ApiClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a refusal looks like for one actor in an access matrix: 404 where they may not know the
 * community exists, sign-in for visitors on the web (401 over the API, as they have no token),
 * otherwise 403; API refusals are problem+json. Each matrix extends it with its own writes.
 */
public class Refusal {

    private final boolean visitor;
    private final boolean see;

    public Refusal(boolean visitor, boolean see) {
        this.visitor = visitor;
        this.see = see;
    }

    public boolean visitor() {
        return visitor;
    }

    public boolean see() {
        return see;
    }

    /** A page that opens (200) when allowed, or is refused as this actor is refused; returns {@code allowed}. */
    public boolean read(MvcResult result, boolean allowed, String what) {
        if (allowed) {
            assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
        } else {
            assertRefused(result, what);
        }
        return allowed;
    }

    /** The same over the API; visitors have no token, so they read nothing there. */
    public boolean read(ApiClient.Answer answer, boolean allowed, String what) {
        if (visitor) {
            assertThat(answer.status()).as(what + " without a token").isEqualTo(401);
            return false;
        }
        if (allowed) {
            assertThat(answer.status()).as(what).isEqualTo(200);
        } else {
            assertRefused(answer, what);
        }
        return allowed;
    }

    public void assertRefused(MvcResult result, String what) {
        if (!see) {
            assertThat(result.getResponse().getStatus()).as(what + " of a hidden community").isEqualTo(404);
        } else if (visitor) {
            assertThat(result.getResponse().getRedirectedUrl()).as(what + ": visitors are asked to sign in")
                    .isEqualTo("/signin");
        } else {
            assertThat(result.getResponse().getStatus()).as(what).isEqualTo(403);
        }
    }

    public void assertRefused(ApiClient.Answer answer, String what) {
        if (visitor) {
            assertThat(answer.status()).as(what + " without a token").isEqualTo(401);
            return;
        }
        assertThat(answer.status()).as(what).isEqualTo(see ? 403 : 404);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
    }
}
