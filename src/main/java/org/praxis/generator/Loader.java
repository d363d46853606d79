package org.praxis.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated rows straight into tables: with COPY on PostgreSQL, with batched inserts
 * elsewhere (H2). Rows wait in memory per table and are written in the order the tables were
 * declared, so a row is always written after the rows its foreign keys point at.
 */
final class Loader implements AutoCloseable {

    /** Pending rows are written once this many values wait in all tables together... */
    private static final int FLUSH_VALUES = 400_000;
    /** ...or once one table's COPY text is this long (pictures make long rows). */
    private static final int FLUSH_CHARS = 16 << 20;

    private final Connection connection;
    private final CopyManager copy;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long pendingValues;

    private Loader(Connection connection, CopyManager copy) {
        this.connection = connection;
        this.copy = copy;
    }

    static Loader open(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        if (postgres) {
            connection.setAutoCommit(true);
            return new Loader(connection, connection.unwrap(PGConnection.class).getCopyAPI());
        }
        connection.setAutoCommit(false);
        return new Loader(connection, null);
    }

    boolean postgres() {
        return copy != null;
    }

    Connection connection() {
        return connection;
    }

    /** Declares a table; declare tables in foreign-key order. */
    Table table(String name, String... columns) {
        Table table = new Table(name, columns);
        tables.put(name, table);
        return table;
    }

    Map<String, Table> tables() {
        return tables;
    }

    /** Writes every pending row when enough are waiting. */
    void flushIfFull() throws SQLException {
        if (pendingValues >= FLUSH_VALUES) {
            flush();
        }
    }

    /** Writes every pending row, table by table in declaration order. */
    void flush() throws SQLException {
        for (Table table : tables.values()) {
            table.write();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        pendingValues = 0;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    long queryLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** One table's pending rows, and what was written to it. */
    final class Table {

        private final String name;
        private final String[] columns;
        private final StringBuilder text = new StringBuilder(1 << 16);
        private final List<Object[]> rows = new ArrayList<>();
        private int pendingRows;
        private long written;
        private long nanos;

        private Table(String name, String[] columns) {
            this.name = name;
            this.columns = columns;
        }

        String name() {
            return name;
        }

        long written() {
            return written + pendingRows;
        }

        double seconds() {
            return nanos / 1e9;
        }

        void row(Object... values) throws SQLException {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.length + " columns");
            }
            if (copy != null) {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    appendCopyValue(text, values[i]);
                }
                text.append('\n');
            } else {
                rows.add(values);
            }
            pendingRows++;
            pendingValues += values.length;
            if (text.length() > FLUSH_CHARS) {
                flush();
            } else {
                flushIfFull();
            }
        }

        private void write() throws SQLException {
            if (pendingRows == 0) {
                return;
            }
            long start = System.nanoTime();
            String columnList = String.join(", ", columns);
            if (copy != null) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                try {
                    var in = copy.copyIn("COPY " + name + " (" + columnList + ") FROM STDIN");
                    try {
                        in.writeToCopy(bytes, 0, bytes.length);
                        in.endCopy();
                    } finally {
                        if (in.isActive()) {
                            in.cancelCopy();
                        }
                    }
                } catch (SQLException e) {
                    throw new SQLException("COPY into " + name + " failed: " + e.getMessage(), e);
                }
                text.setLength(0);
                if (text.capacity() > (8 << 20)) {
                    text.trimToSize();
                }
            } else {
                String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + name + " (" + columnList + ") values (" + marks + ")")) {
                    int batch = 0;
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            Object value = row[i];
                            insert.setObject(i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
                        }
                        insert.addBatch();
                        if (++batch == 1000) {
                            insert.executeBatch();
                            batch = 0;
                        }
                    }
                    if (batch > 0) {
                        insert.executeBatch();
                    }
                }
                rows.clear();
            }
            written += pendingRows;
            pendingRows = 0;
            nanos += System.nanoTime() - start;
        }
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the separators. */
    static void appendCopyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof byte[] bytes) {
            out.append("\\\\x");
            for (byte b : bytes) {
                out.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
        } else {
            out.append(value);
        }
    }
}
