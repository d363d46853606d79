package org.praxis.library.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bytes each community's files take. Adding is one conditional update, so two uploads
 * arriving together cannot both pass the quota.
 */
@Repository
public class Usage {

    private static final String ADD = "update library_usage set bytes_used = bytes_used + ? "
            + "where community_id = ? and bytes_used + ? <= ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    Usage(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long of(long communityId) {
        return jdbc.query("select bytes_used from library_usage where community_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, communityId);
    }

    /** Adds the bytes if the total stays within the quota; false (and nothing changed) otherwise. */
    public boolean tryAdd(long communityId, long bytes, long quota) {
        if (bytes > quota) {
            return false;
        }
        if (jdbc.update(ADD, bytes, communityId, bytes, quota) == 1) {
            return true;
        }
        if (!exists(communityId)) {
            createRow(communityId);
        }
        return jdbc.update(ADD, bytes, communityId, bytes, quota) == 1;
    }

    public void subtract(long communityId, long bytes) {
        jdbc.update("update library_usage set bytes_used = case when bytes_used > ? then bytes_used - ? else 0 end "
                + "where community_id = ?", bytes, bytes, communityId);
    }

    private boolean exists(long communityId) {
        return jdbc.queryForObject("select count(*) from library_usage where community_id = ?", Long.class, communityId) > 0;
    }

    /**
     * The community's first upload makes its row in a transaction of its own, so that a second
     * upload making it at the same moment fails there and not in the upload's transaction.
     */
    private void createRow(long communityId) {
        try {
            separately.executeWithoutResult(status ->
                    jdbc.update("insert into library_usage (community_id, bytes_used) values (?, 0)", communityId));
        } catch (DataIntegrityViolationException e) {
            // The other upload made it: fine.
        }
    }
}
