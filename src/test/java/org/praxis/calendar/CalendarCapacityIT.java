package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Places are never given twice: twenty members registering at the same instant for ten places
 * get exactly ten places and ten turns on the waiting list, over real HTTP and the database's
 * row lock (H2 here, PostgreSQL in CI).
 */
@PraxisIntegrationTest
class CalendarCapacityIT {

    private static final int PEOPLE = 20;
    private static final int PLACES = 10;

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    @Test
    void twentyParallelRegistrationsForTenPlacesGiveTenPlacesAndTenWaiting() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Capacity " + System.nanoTime(), "PUBLIC");
        long id = Scheduling.create(admin, slug, "Popular workshop", "capacity", String.valueOf(PLACES));
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Member m = CommunityFixtures.memberOf(accounts, admin, slug, "Runner");
            clients.add(ApiClient.as(accounts, m, port));
        }
        String path = "/api/v1/communities/" + slug + "/calendar/events/" + id + "/registration";

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Answer>> answers = new ArrayList<>();
        try {
            for (ApiClient client : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.call("PUT", path, null);
                }));
            }
            start.countDown();
            int registered = 0;
            int waiting = 0;
            for (Future<ApiClient.Answer> answer : answers) {
                ApiClient.Answer a = answer.get();
                assertThat(a.status()).as("registration answer").isEqualTo(200);
                if (a.body().get("status").asString().equals("REGISTERED")) {
                    registered++;
                } else {
                    waiting++;
                }
            }
            assertThat(registered).as("places given").isEqualTo(PLACES);
            assertThat(waiting).as("turns on the waiting list").isEqualTo(PEOPLE - PLACES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(id, "REGISTERED")).isEqualTo(PLACES);
        assertThat(count(id, "WAITING")).isEqualTo(PEOPLE - PLACES);

        // Registering twice changes nothing; cancelling gives the place to exactly one waiting person.
        ApiClient first = clients.get(0);
        String before = first.call("PUT", path, null).body().get("status").asString();
        assertThat(count(id, "REGISTERED") + count(id, "WAITING")).isEqualTo(PEOPLE);
        ApiClient holder = null;
        for (ApiClient c : clients) {
            if (c.call("PUT", path, null).body().get("status").asString().equals("REGISTERED")) {
                holder = c;
                break;
            }
        }
        assertThat(before).isIn("REGISTERED", "WAITING");
        assertThat(holder.call("DELETE", path, null).status()).isEqualTo(204);
        assertThat(count(id, "REGISTERED")).isEqualTo(PLACES);
        assertThat(count(id, "WAITING")).isEqualTo(PEOPLE - PLACES - 1);
    }

    private long count(long eventId, String status) {
        return accounts.jdbc().queryForObject("select count(*) from calendar_registration where event_id = ? and status = ?",
                Long.class, eventId, status);
    }
}
