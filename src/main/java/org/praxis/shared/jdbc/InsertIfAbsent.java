package org.praxis.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts rows unless a row with the same unique key is there already, without failing the
 * surrounding transaction when two transactions insert the same key at once (two listeners
 * handling events about the same thing). PostgreSQL: {@code on conflict do nothing}, whose
 * count says which rows went in. H2: row by row; a duplicate fails only its own statement there.
 */
@Component
public class InsertIfAbsent {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    InsertIfAbsent(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * Runs {@code insert} (an {@code insert into ... values (...)} statement) for each row, skipping
     * rows whose {@code uniqueColumns} match a stored row; returns, per row, whether it went in.
     */
    public boolean[] insert(String insert, String uniqueColumns, List<Object[]> rows) {
        boolean[] inserted = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return inserted;
        }
        if (postgres) {
            int[] counts = jdbc.batchUpdate(insert + " on conflict (" + uniqueColumns + ") do nothing", rows);
            for (int i = 0; i < counts.length; i++) {
                inserted[i] = counts[i] != 0;
            }
            return inserted;
        }
        for (int i = 0; i < rows.size(); i++) {
            try {
                inserted[i] = jdbc.update(insert, rows.get(i)) == 1;
            } catch (DuplicateKeyException already) {
                inserted[i] = false;
            }
        }
        return inserted;
    }
}
