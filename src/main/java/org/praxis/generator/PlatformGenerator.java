package org.praxis.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.praxis.shared.PraxisProperties;
import org.praxis.shared.storage.FileStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Fills an empty database with a realistic platform of a named size, writing the tables
 * directly (COPY on PostgreSQL, batched inserts on H2) and keeping every invariant the
 * application relies on: counters, last-activity times, one stream entry per thing that
 * happened, identity sequences ready for the next insert. Then writes the fixture file that
 * load tests source.
 */
@Service
public class PlatformGenerator {

    /** The password of every generated account. */
    public static final String PASSWORD = "praxis-generated-1";
    public static final long DEFAULT_SEED = 20_261_122L;

    private static final List<String> IDENTITY_TABLES = List.of("institution", "account", "one_time_token", "access_token",
            "topic", "community", "community_image", "membership", "join_request", "invitation", "discussion",
            "discussion_comment", "discussion_revision", "discussion_attachment", "activity_entry", "library_folder", "library_file",
            "library_file_version", "library_publication", "calendar_series", "calendar_event", "calendar_registration");
    private static final String[][] MORE_TOPICS = {{"Pensions", "Retraites"}, {"Disability inclusion", "Inclusion du handicap"},
            {"Humanitarian cash", "Cash humanitaire"}, {"Data protection", "Protection des données"},
            {"School feeding", "Cantines scolaires"}, {"Public works", "Travaux publics"},
            {"Graduation programmes", "Programmes de graduation"}, {"Child benefits", "Allocations familiales"},
            {"Informal economy", "Économie informelle"}, {"Monitoring and evaluation", "Suivi et évaluation"}};

    /** What a run produced: rows and seconds per table, the fixture and where it was written. */
    public record Result(GenerationSize size, long seed, Map<String, Long> rows, Map<String, Double> seconds,
                         Map<String, String> fixture, Path fixtureFile, double totalSeconds) {
    }

    /** The database already holds a platform; the generator only fills an empty one. */
    public static class NotEmptyException extends IllegalStateException {
        NotEmptyException(long accounts) {
            super("The database already has " + accounts + " accounts: the generator only fills an empty database. "
                    + "Point PRAXIS_DB_URL (or PRAXIS_DATA_DIR for H2) at a new, empty database.");
        }
    }

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final FileStore store;
    private final PraxisProperties properties;
    private final Clock clock;

    PlatformGenerator(DataSource dataSource, PasswordEncoder passwords, FileStore store, PraxisProperties properties,
                      Clock clock) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public Result generate(GenerationSize size, long seed, Consumer<String> progress) throws SQLException, IOException {
        long started = System.nanoTime();
        Map<String, Double> phases = new LinkedHashMap<>();
        try (Loader loader = Loader.open(dataSource)) {
            long accounts = loader.queryLong("select count(*) from account");
            if (accounts > 0) {
                throw new NotEmptyException(accounts);
            }
            if (loader.postgres()) {
                // Losing the last commits in a crash only means generating again; waiting for each flush costs minutes.
                loader.execute("set synchronous_commit = off");
            }
            declareTables(loader);
            Timeline time = new Timeline(clock.instant());
            SplittableRandom random = new SplittableRandom(seed + 7);
            progress.accept("Generating size " + size + " (seed " + seed + ") on "
                    + (loader.postgres() ? "PostgreSQL (COPY)" : "H2 (batched inserts)") + "...");

            long t = System.nanoTime();
            List<SampleFiles.Stored> files = SampleFiles.store(store, random);
            List<byte[]> avatars = pictures(random, 16, 256, 256);
            List<byte[]> logos = pictures(random, 8, 256, 256);
            List<byte[]> banners = pictures(random, 6, 1200, 300);
            String hash = passwords.encode(PASSWORD);
            phase(progress, phases, "sample files, pictures and password hash", t);

            t = System.nanoTime();
            Population population = new Population(size, seed, time);
            population.build();
            population.topicIds = topics(loader, time);
            population.writeAccounts(loader, hash, avatars);
            loader.flush();
            phase(progress, phases, "accounts and profiles", t);

            t = System.nanoTime();
            population.writeCommunities(loader, logos, banners);
            population.writeMemberships(loader);
            loader.flush();
            phase(progress, phases, "communities, memberships, requests, invitations, bans", t);

            t = System.nanoTime();
            Conversations conversations = new Conversations(population, files);
            conversations.build();
            conversations.writeDiscussions(loader);
            loader.flush();
            phase(progress, phases, "discussions", t);

            t = System.nanoTime();
            conversations.writeComments(loader, progress);
            loader.flush();
            phase(progress, phases, "comments, revisions, reactions, attachments, visits", t);

            t = System.nanoTime();
            // Files of their own: removing a community's file deletes its bytes, which attachments must keep.
            new Documents(population, SampleFiles.store(store, random), seed).write(loader, size.files());
            loader.flush();
            phase(progress, phases, "folders, files, versions, public library", t);

            t = System.nanoTime();
            new Calendars(population, seed).write(loader, size.events());
            loader.flush();
            phase(progress, phases, "events, series, registrations, attendance", t);

            t = System.nanoTime();
            conversations.writeCounters(loader);
            writeLastActivity(loader, population, time);
            phase(progress, phases, "discussion counters and community last activity", t);

            t = System.nanoTime();
            writeActivity(loader);
            phase(progress, phases, "activity stream", t);

            t = System.nanoTime();
            writeNotifications(loader, population, time);
            phase(progress, phases, "notifications", t);

            t = System.nanoTime();
            resetSequences(loader);
            if (loader.postgres()) {
                loader.execute("vacuum (analyze)");
            } else {
                loader.execute("analyze");
            }
            phase(progress, phases, loader.postgres() ? "sequences, vacuum and analyze" : "sequences and analyze", t);

            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Double> seconds = new LinkedHashMap<>();
            for (Loader.Table table : loader.tables().values()) {
                rows.put(table.name(), table.written());
                seconds.put(table.name(), table.seconds());
            }
            rows.put("activity_entry", loader.queryLong("select count(*) from activity_entry"));
            rows.put("notification", loader.queryLong("select count(*) from notification"));
            seconds.put("notification", phases.get("notifications"));
            seconds.put("activity_entry", phases.get("activity stream"));
            double total = (System.nanoTime() - started) / 1e9;
            Map<String, String> fixture = fixture(size, seed, population, conversations, rows, time);
            Path file = writeFixture(size, fixture);
            return new Result(size, seed, rows, seconds, fixture, file, total);
        }
    }

    private static void phase(Consumer<String> progress, Map<String, Double> phases, String name, long since) {
        double seconds = (System.nanoTime() - since) / 1e9;
        phases.put(name, seconds);
        progress.accept(String.format(Locale.ROOT, "  %-58s %8.1f s", name, seconds));
    }

    private static List<byte[]> pictures(SplittableRandom random, int count, int width, int height) {
        List<byte[]> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(SampleFiles.picture(random, width, height));
        }
        return list;
    }

    /** Tables in foreign-key order: each is written after those it points to. */
    private static void declareTables(Loader loader) {
        loader.table("institution", "id", "name", "name_key", "created_at");
        loader.table("topic", "id", "name_en", "name_fr", "created_at");
        loader.table("account", "id", "email", "email_key", "password_hash", "display_name", "real_name", "institution_id",
                "country", "bio", "preferred_language", "staff", "email_verified_at", "suspended_at", "created_at", "updated_at");
        loader.table("account_language", "account_id", "lang_code");
        loader.table("account_interest", "account_id", "interest");
        loader.table("account_avatar", "account_id", "content", "updated_at");
        loader.table("community", "id", "slug", "name", "short_description", "description", "eligibility",
                "moderator_availability", "hidden", "join_mode", "content_public", "status", "created_by", "created_at",
                "last_activity_at", "concept_overview", "concept_purpose", "concept_engagement", "parent_id", "staff_approval",
                "staff_decision_reason");
        loader.table("community_topic", "community_id", "topic_id");
        loader.table("community_language", "community_id", "lang_code");
        loader.table("community_activity", "community_id", "position", "period", "activities");
        loader.table("community_screening_question", "community_id", "position", "question");
        loader.table("community_hidden_tab", "community_id", "tab");
        loader.table("community_image", "id", "community_id", "kind", "content", "content_type", "updated_at");
        loader.table("membership", "id", "community_id", "account_id", "role", "joined_at");
        loader.table("join_request", "id", "community_id", "account_id", "message", "status", "created_at", "decided_at",
                "decided_by");
        loader.table("join_request_answer", "join_request_id", "position", "question", "answer");
        loader.table("invitation", "id", "community_id", "account_id", "email", "token_hash", "message", "status",
                "invited_by", "created_at", "expires_at", "decided_at");
        loader.table("community_ban", "community_id", "account_id", "reason", "banned_by", "created_at");
        loader.table("discussion", "id", "community_id", "author_id", "kind", "title", "body", "members_only", "pinned",
                "locked", "comment_count", "last_comment_id", "created_at", "last_activity_at", "edited_at", "removed_at",
                "removed_by", "removal_reason");
        loader.table("discussion_tag", "discussion_id", "tag");
        loader.table("discussion_comment", "id", "discussion_id", "author_id", "reply_to_id", "root_id", "body", "created_at",
                "edited_at", "removed_at", "removed_by", "removal_reason");
        loader.table("discussion_revision", "id", "discussion_id", "comment_id", "editor_id", "title", "body", "replaced_at");
        loader.table("discussion_reaction", "discussion_id", "comment_id", "account_id", "kind", "created_at");
        loader.table("discussion_attachment", "id", "discussion_id", "comment_id", "uploader_id", "file_name", "content_type",
                "size_bytes", "storage_key", "created_at");
        loader.table("library_folder", "id", "community_id", "name", "name_key", "created_at");
        loader.table("library_file", "id", "community_id", "folder_id", "title", "description", "language", "uploader_id",
                "current_version", "download_count", "created_at", "updated_at", "removed_at", "removed_by", "removal_reason");
        loader.table("library_file_version", "id", "file_id", "version", "file_name", "content_type", "size_bytes", "sha256",
                "storage_key", "thumbnail_key", "uploader_id", "created_at");
        loader.table("library_usage", "community_id", "bytes_used");
        loader.table("library_publication", "id", "file_id", "community_id", "version", "title", "authors", "publication_year",
                "publisher", "summary", "language", "licence", "search_text", "published_by", "published_at");
        loader.table("library_publication_topic", "publication_id", "topic_id");
        loader.table("calendar_series", "id", "community_id", "title", "description", "created_by", "created_at");
        loader.table("calendar_event", "id", "community_id", "series_id", "title", "description", "kind", "status",
                "starts_at", "ends_at", "time_zone", "location", "online_url", "capacity", "members_only", "recurrence",
                "occurrences", "last_ends_at", "recording_url", "slides_url", "questions", "summary", "created_by",
                "created_at");
        loader.table("calendar_registration", "id", "event_id", "account_id", "status", "registered_at");
        loader.table("calendar_attendance", "event_id", "account_id", "community_id", "marked_at");
        loader.table("discussion_visit", "account_id", "discussion_id", "seen_comments", "last_seen_comment_id", "visited_at");
    }

    /** The migration's starting list of topics, and a few more that staff added since. */
    private static List<Long> topics(Loader loader, Timeline time) throws SQLException {
        long max = loader.queryLong("select coalesce(max(id), 0) from topic");
        Loader.Table topic = loader.tables().get("topic");
        for (int i = 0; i < MORE_TOPICS.length; i++) {
            topic.row(max + i + 1, MORE_TOPICS[i][0], MORE_TOPICS[i][1], time.at(time.span() / 4 + i * 30L * Timeline.DAY));
        }
        loader.flush();
        List<Long> ids = new ArrayList<>();
        try (var statement = loader.connection().createStatement(); var rs = statement.executeQuery("select id from topic order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** What keeps a community from counting as inactive: its newest member, discussion or comment. */
    private static void writeLastActivity(Loader loader, Population population, Timeline time) throws SQLException {
        var connection = loader.connection();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("update community set last_activity_at = ? where id = ?")) {
            int batch = 0;
            for (Population.Group g : population.groups) {
                update.setObject(1, time.at(Math.max(g.created, g.lastActivity)).atOffset(ZoneOffset.UTC));
                update.setLong(2, g.index + 1L);
                update.addBatch();
                if (++batch % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /**
     * What the bells hold: every comment told to the discussion's author (a reply), read unless it
     * came in the last week; and the benchmark members each told of the benchmark community's
     * latest 2,000 comments, 40 of them unread, so the bell is measured on a busy member.
     */
    private static void writeNotifications(Loader loader, Population p, Timeline time) throws SQLException {
        java.time.format.DateTimeFormatter literal = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
                .withZone(java.time.ZoneOffset.UTC);
        String now = "timestamp with time zone '" + literal.format(time.at(time.span())) + "'";
        String week = "timestamp with time zone '" + literal.format(time.at(time.span() - 7 * Timeline.DAY)) + "'";
        loader.execute("""
                insert into notification (recipient_id, kind, community_id, subject_type, subject_id, actor_id, title, link,
                                          dedupe_key, created_at, read_at, email_plan, emailed_at)
                select d.author_id, 'REPLY', d.community_id, 'COMMENT', c.id, c.author_id, d.title,
                       '/c/' || m.slug || '/discussions/' || d.id || '#comment-' || c.id, 'comment:' || c.id, c.created_at,
                       case when c.created_at < %s then c.created_at end, 'IMMEDIATE', c.created_at
                from discussion_comment c join discussion d on d.id = c.discussion_id join community m on m.id = d.community_id
                where c.author_id <> d.author_id
                """.formatted(week));
        for (int a : p.benchmarkMembers) {
            long account = a + 1L;
            loader.execute("""
                    insert into notification (recipient_id, kind, community_id, subject_type, subject_id, actor_id, title, link,
                                              dedupe_key, created_at, read_at, email_plan, emailed_at)
                    select %d, 'MENTION', d.community_id, 'COMMENT', c.id, c.author_id, d.title,
                           '/c/' || m.slug || '/discussions/' || d.id || '#comment-' || c.id, 'bench:' || c.id, c.created_at,
                           case when c.id not in (select c3.id from discussion_comment c3 join discussion d3 on d3.id = c3.discussion_id
                                                  where d3.community_id = %d order by c3.id desc limit 40) then %s end,
                           'NONE', c.created_at
                    from discussion_comment c join discussion d on d.id = c.discussion_id join community m on m.id = d.community_id
                    where m.id = %d and c.author_id <> %d
                      and c.id in (select c2.id from discussion_comment c2 join discussion d2 on d2.id = c2.discussion_id
                                   where d2.community_id = %d order by c2.id desc limit 2000)
                      and not exists (select 1 from notification n where n.recipient_id = %d and n.dedupe_key = 'comment:' || c.id)
                    """.formatted(account, p.benchmark.index + 1L, now, p.benchmark.index + 1L, account, p.benchmark.index + 1L, account));
        }
    }

    /**
     * The stream entries the application writes for each join, discussion, announcement and
     * comment (see ActivityRecorder), numbered in the order they happened, as they would have been.
     * On PostgreSQL they are numbered into a temporary table first and inserted in slices: one
     * statement of a million rows queues a million foreign-key checks and took three times longer.
     */
    private static void writeActivity(Loader loader) throws SQLException {
        String numbered = """
                select row_number() over (order by e.created_at, e.source, e.ref_id) as id, e.community_id, e.kind,
                       e.actor_id, e.discussion_id, e.comment_id, e.created_at
                from (
                    select m.community_id as community_id, 'MEMBER_JOINED' as kind, m.account_id as actor_id,
                           cast(null as bigint) as discussion_id, cast(null as bigint) as comment_id, m.joined_at as created_at,
                           0 as source, m.id as ref_id
                    from membership m
                    union all
                    select d.community_id, case when d.kind = 'ANNOUNCEMENT' then 'ANNOUNCEMENT_POSTED' else 'DISCUSSION_STARTED' end,
                           d.author_id, d.id, cast(null as bigint), d.created_at, 1, d.id
                    from discussion d
                    union all
                    select d.community_id, 'COMMENT_POSTED', c.author_id, c.discussion_id, c.id, c.created_at, 2, c.id
                    from discussion_comment c join discussion d on d.id = c.discussion_id
                ) e
                """;
        String columns = "id, community_id, kind, actor_id, discussion_id, comment_id, created_at";
        if (!loader.postgres()) {
            loader.execute("insert into activity_entry (" + columns + ") " + numbered);
            return;
        }
        loader.execute("create temporary table generated_activity as " + numbered);
        long total = loader.queryLong("select count(*) from generated_activity");
        for (long from = 0; from < total; from += 250_000) {
            loader.execute("insert into activity_entry (" + columns + ") select " + columns
                    + " from generated_activity where id > " + from + " and id <= " + (from + 250_000));
        }
        loader.execute("drop table generated_activity");
    }

    /** Rows were written with their ids: each identity continues after the highest one. */
    private static void resetSequences(Loader loader) throws SQLException {
        for (String table : IDENTITY_TABLES) {
            long next = loader.queryLong("select coalesce(max(id), 0) + 1 from " + table);
            if (loader.postgres()) {
                loader.queryLong("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
            } else {
                loader.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private Map<String, String> fixture(GenerationSize size, long seed, Population p, Conversations c, Map<String, Long> rows,
                                        Timeline time) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("SIZE", size.name());
        f.put("SEED", Long.toString(seed));
        f.put("GENERATED_AT", time.at(time.span()).toString());
        f.put("PASSWORD", PASSWORD);
        List<String> emails = new ArrayList<>();
        for (int a : p.benchmarkMembers) {
            emails.add(People.person(p.seed, a + 1L).emailKey());
        }
        f.put("MEMBER_EMAILS", String.join(",", emails));
        f.put("STAFF_EMAIL", "staff1@example.org");
        f.put("OPEN_SLUG", p.benchmark.slug);
        f.put("OPEN_MEMBERS", Integer.toString(p.benchmark.count));
        f.put("DISCUSSION_50", Long.toString(c.idOf(Conversations.Special.FIFTY)));
        f.put("THREAD_5000", Long.toString(c.idOf(Conversations.Special.THREAD)));
        f.put("THREAD_5000_COMMENTS", Integer.toString(c.commentsOf(Conversations.Special.THREAD)));
        f.put("POST_TARGET", Long.toString(c.idOf(Conversations.Special.POST_TARGET)));
        f.put("PRIVATE_SLUG", p.privateGroup.slug);
        f.put("PRIVATE_DISCUSSION", Long.toString(c.idOf(Conversations.Special.PRIVATE)));
        f.put("USERS", Long.toString(rows.get("account")));
        f.put("COMMUNITIES", Long.toString(rows.get("community")));
        f.put("DISCUSSIONS", Long.toString(rows.get("discussion")));
        f.put("COMMENTS", Long.toString(rows.get("discussion_comment")));
        f.put("FILES", Long.toString(rows.get("discussion_attachment")));
        f.put("LIBRARY_FILES", Long.toString(rows.get("library_file")));
        f.put("EVENTS", Long.toString(rows.get("calendar_event")));
        f.put("NOTIFICATIONS", Long.toString(rows.get("notification")));
        return f;
    }

    private Path writeFixture(GenerationSize size, Map<String, String> fixture) throws IOException {
        Path file = properties.dataDir().resolve("generated-" + size.name() + ".env").toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("# Written by the data generator (--praxis.generate); source it in bash.\n");
        fixture.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text);
        return file;
    }
}
