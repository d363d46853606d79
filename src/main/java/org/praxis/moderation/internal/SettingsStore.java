package org.praxis.moderation.internal;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each community's moderation settings. */
@Repository
public class SettingsStore {

    private final JdbcTemplate jdbc;

    SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> responseHours(long communityId) {
        return jdbc.query("select response_hours from moderation_settings where community_id = ?",
                (rs, row) -> rs.getObject("response_hours", Integer.class), communityId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public void saveResponseHours(long communityId, Integer hours) {
        if (jdbc.update("update moderation_settings set response_hours = ? where community_id = ?", hours, communityId) == 0) {
            jdbc.update("insert into moderation_settings (community_id, response_hours) values (?, ?)", communityId, hours);
        }
    }

    public Optional<String> conductPrinciples(long communityId) {
        return jdbc.query("select conduct_principles from moderation_settings where community_id = ?",
                (rs, row) -> rs.getString("conduct_principles"), communityId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public void saveConductPrinciples(long communityId, String markdown) {
        if (jdbc.update("update moderation_settings set conduct_principles = ? where community_id = ?", markdown,
                communityId) == 0) {
            jdbc.update("insert into moderation_settings (community_id, conduct_principles) values (?, ?)", communityId,
                    markdown);
        }
    }

    /** The guard's settings of a community: personal-data mode and pre-moderation, as stored. */
    public record Guard(String personalDataMode, String premoderation) {
    }

    public Guard guard(long communityId) {
        return jdbc.query("select personal_data_mode, premoderation from moderation_settings where community_id = ?",
                (rs, row) -> new Guard(rs.getString("personal_data_mode"), rs.getString("premoderation")), communityId)
                .stream().findFirst().orElse(new Guard("WARN", "NONE"));
    }

    public void saveGuard(long communityId, String personalDataMode, String premoderation) {
        if (jdbc.update("update moderation_settings set personal_data_mode = ?, premoderation = ? where community_id = ?",
                personalDataMode, premoderation, communityId) == 0) {
            jdbc.update("insert into moderation_settings (community_id, personal_data_mode, premoderation) values (?, ?, ?)",
                    communityId, personalDataMode, premoderation);
        }
    }
}
