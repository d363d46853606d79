package org.praxis.library.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.praxis.account.PersonalDataExport;
import org.praxis.account.PersonalDataPart;
import org.praxis.account.PersonalFile;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's files for their export: every version they uploaded, current or older, whoever
 * uploaded the others, and the pages they edited (by title and date).
 */
@Component
class LibraryData implements PersonalDataPart {

    /** What the member put in community libraries. */
    public record Uploaded(List<OwnVersion> files, List<PageEdit> pageEdits) {
    }

    /** A version of a file they uploaded; {@code file} is its place in the archive. */
    public record OwnVersion(long fileId, CommunityRef community, String title, int version, boolean current,
                             String fileName, String contentType, long sizeBytes, Instant uploadedAt, Instant removedAt,
                             String file) {
    }

    /** A revision of a community page they saved. */
    public record PageEdit(long pageId, CommunityRef community, String title, Instant savedAt) {
    }

    private record VersionRow(OwnVersion exported, String storageKey) {
    }

    private final JdbcTemplate jdbc;
    private final CommunityCatalog communities;

    LibraryData(JdbcTemplate jdbc, CommunityCatalog communities) {
        this.jdbc = jdbc;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "library";
    }

    @Override
    public Object export(long accountId) {
        Map<Long, CommunityRef> refs = communities.refs(new HashSet<>(jdbc.queryForList(
                "select distinct f.community_id from library_file_version v join library_file f on f.id = v.file_id "
                        + "where v.uploader_id = ? union select distinct p.community_id from library_page_revision r "
                        + "join library_page p on p.id = r.page_id where r.editor_id = ?", Long.class, accountId, accountId)));
        List<OwnVersion> files = versions(accountId, refs).stream().map(VersionRow::exported).toList();
        List<PageEdit> pages = jdbc.query("select r.page_id, p.community_id, r.title, r.saved_at from library_page_revision r "
                        + "join library_page p on p.id = r.page_id where r.editor_id = ? order by r.saved_at, r.id",
                (rs, n) -> new PageEdit(rs.getLong("page_id"), refs.get(rs.getLong("community_id")), rs.getString("title"),
                        Timestamps.instant(rs, "saved_at")), accountId);
        return new Uploaded(files, pages);
    }

    @Override
    public List<PersonalFile> files(long accountId) {
        return versions(accountId, Map.of()).stream()
                .map(v -> new PersonalFile(v.exported().file().substring("files/".length()), v.storageKey())).toList();
    }

    private List<VersionRow> versions(long accountId, Map<Long, CommunityRef> refs) {
        return jdbc.query("select f.id, f.community_id, f.title, f.current_version, f.removed_at, v.version, v.file_name, "
                        + "v.content_type, v.size_bytes, v.storage_key, v.created_at from library_file_version v "
                        + "join library_file f on f.id = v.file_id where v.uploader_id = ? order by f.id, v.version",
                (rs, n) -> new VersionRow(new OwnVersion(rs.getLong("id"), refs.get(rs.getLong("community_id")),
                        rs.getString("title"), rs.getInt("version"), rs.getInt("version") == rs.getInt("current_version"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "removed_at"),
                        "files/library/" + rs.getLong("id") + "-v" + rs.getInt("version") + "-"
                                + PersonalDataExport.safeName(rs.getString("file_name"))),
                        rs.getString("storage_key")), accountId);
    }
}
