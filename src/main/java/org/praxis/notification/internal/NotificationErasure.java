package org.praxis.notification.internal;

import org.praxis.account.AccountErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A deleted account's notifications, preferences and unsubscribe secret go. */
@Component
class NotificationErasure implements AccountErasure {

    private final JdbcTemplate jdbc;

    NotificationErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(long accountId, boolean contributions) {
        jdbc.update("delete from notification where recipient_id = ?", accountId);
        jdbc.update("delete from notification_preference where account_id = ?", accountId);
        jdbc.update("delete from notification_unfollow where account_id = ?", accountId);
        jdbc.update("delete from notification_member where account_id = ?", accountId);
    }
}
