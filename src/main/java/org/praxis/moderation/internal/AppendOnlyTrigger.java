package org.praxis.moderation.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses every update and delete of the moderation log (the
 * PostgreSQL migration does the same with a trigger function).
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("moderation_log is append-only");
    }
}
