package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.praxis.policy.CommunityAccess;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Privacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** --praxis.demo=true fills an empty platform with one community of each privacy level, and a few discussions. */
@SpringBootTest(properties = {"praxis.demo=true",
        // A database of its own: the demo only fills an empty platform.
        "spring.datasource.url=jdbc:h2:mem:praxis-demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoDataIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void demoHasOneCommunityOfEachPrivacyLevelWithPeopleInThem() {
        Set<Privacy> privacies = jdbc.query("select hidden, join_mode, content_public from community",
                (rs, n) -> new CommunityAccess(rs.getBoolean(1), JoinMode.valueOf(rs.getString(2)), rs.getBoolean(3)).privacy())
                .stream().collect(Collectors.toSet());
        assertThat(privacies).containsExactlyInAnyOrder(Privacy.values());
        assertThat(jdbc.queryForObject("select count(*) from community g join community p on p.id = g.parent_id "
                + "where p.name = 'Social Protection in the MENA Region'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from community where name like 'Registres%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from membership", Integer.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from join_request where status = 'PENDING'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from invitation where status = 'PENDING'", Integer.class)).isEqualTo(2);

        assertThat(jdbc.queryForObject("select count(*) from discussion where kind = 'ANNOUNCEMENT'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from library_file", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from library_file_version", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from library_publication", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from library_page", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from calendar_series", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from calendar_event where series_id is not null "
                + "and recording_url is not null", Integer.class)).as("a past webinar with its recording").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from calendar_registration", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from discussion where kind = 'DISCUSSION'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from discussion_comment where reply_to_id is not null", Integer.class))
                .isEqualTo(1);

        String hash = jdbc.queryForObject("select password_hash from account where email_key = 'amina@demo.praxis.local'",
                String.class);
        assertThat(passwords.matches(DemoData.PASSWORD, hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account where email_verified_at is not null "
                + "and email_key like '%@demo.praxis.local'", Integer.class)).isEqualTo(5);
    }
}
