package org.praxis.library.internal;

import java.util.List;

import org.praxis.account.AccountErasure;
import org.praxis.library.CommunityFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A deleted account's files stay under "Former member" or, when the member chose so, are removed
 * with their bytes. Page edits stay: a page is the community's shared text.
 */
@Component
class LibraryErasure implements AccountErasure {

    private final JdbcTemplate jdbc;
    private final CommunityFiles files;

    LibraryErasure(JdbcTemplate jdbc, CommunityFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public List<Consequence> consequences(long accountId) {
        Long n = jdbc.queryForObject("select count(*) from library_file where uploader_id = ? and removed_at is null",
                Long.class, accountId);
        return List.of(new Consequence("deletion.count.files", n == null ? 0 : n));
    }

    @Override
    public void erase(long accountId, boolean contributions) {
        if (contributions) {
            files.removeAllBy(accountId);
        }
    }
}
