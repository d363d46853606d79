package org.praxis.calendar.internal;

import org.praxis.account.AccountErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A deleted account's registrations and private feed secret go; events it created stay with their community. */
@Component
class CalendarErasure implements AccountErasure {

    private final JdbcTemplate jdbc;

    CalendarErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(long accountId, boolean contributions) {
        jdbc.update("delete from calendar_registration where account_id = ?", accountId);
        jdbc.update("delete from calendar_feed_token where account_id = ?", accountId);
    }
}
