package org.praxis.generator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.praxis.generator.Population.Group;

/**
 * Discussions and announcements, and their comments, replies, edits, removals, reactions,
 * attachments and members' visits. Discussion ids follow the time they were started; comments
 * of all threads are made in one stream in time order (each thread's next comment waits in a
 * queue), so comment ids follow time across the whole platform, as they would in a real one,
 * and only the threads under way are in memory.
 */
final class Conversations {

    static final byte ANNOUNCEMENT = 1;
    static final byte MEMBERS_ONLY = 2;
    static final byte PINNED = 4;
    static final byte LOCKED = 8;
    static final byte REMOVED = 16;
    static final byte EDITED = 32;

    /** The discussions the benchmarks name. */
    enum Special { NONE, THREAD, FIFTY, POST_TARGET, PRIVATE }

    private static final String[] REACTIONS = {"LIKE", "LIKE", "LIKE", "THANKS", "THANKS", "INSIGHTFUL"};
    private static final int RECENT = 8;

    private final Population people;
    private final Timeline time;
    private final GenerationSize size;
    private final SplittableRandom random;
    private final List<SampleFiles.Stored> files;

    private int count;
    private int[] group;
    private int[] created;
    private int[] author;
    private byte[] flags;
    private int[] comments;
    private byte[] subject;
    private boolean[] french;
    private Special[] special;
    private long[] lastCommentId;
    private long[] lastActivityMs;

    private long commentIds;
    private long revisionIds;
    private long attachmentIds;
    private double commentFileChance;
    private final Map<Special, Long> specialIds = new java.util.EnumMap<>(Special.class);
    long commentsWritten;

    Conversations(Population people, List<SampleFiles.Stored> files) {
        this.people = people;
        this.time = people.time;
        this.size = people.size;
        this.random = new SplittableRandom(people.seed + 5);
        this.files = files;
    }

    long idOf(Special s) {
        return specialIds.get(s);
    }

    int commentsOf(Special s) {
        return comments[(int) idOf(s) - 1];
    }

    // ------------------------------------------------------------------ building

    void build() {
        List<Group> hosts = people.groups.stream().filter(Group::approved).toList();
        int specials = Special.values().length - 1;
        int normal = Math.max(0, size.discussions() - specials);
        count = normal + specials;
        group = new int[count];
        created = new int[count];
        author = new int[count];
        flags = new byte[count];
        comments = new int[count];
        subject = new byte[count];
        french = new boolean[count];
        special = new Special[count];

        double[] weights = new double[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            Group g = hosts.get(i);
            weights[i] = Math.pow(g.count, 0.9) * ((g.end - g.created) / (double) time.span() + 0.05);
        }
        int[] perHost = allocate(weights, normal);
        int d = 0;
        for (int h = 0; h < hosts.size(); h++) {
            Group g = hosts.get(h);
            for (int k = 0; k < perHost[h]; k++, d++) {
                int at = Timeline.recentBetween(random, g.created + 3600, g.end - 120, 1.1);
                group[d] = g.index;
                created[d] = at;
                byte f = 0;
                boolean announcement = random.nextDouble() < 0.08;
                if (announcement) {
                    f |= ANNOUNCEMENT;
                    author[d] = moderator(g, at);
                } else {
                    author[d] = member(g, at);
                }
                if (random.nextDouble() < (g.access().contentPublic() ? 0.1 : 0.03)) {
                    f |= MEMBERS_ONLY;
                }
                if (random.nextDouble() < (announcement ? 0.2 : 0.005)) {
                    f |= PINNED;
                }
                if (random.nextDouble() < 0.01) {
                    f |= LOCKED;
                }
                if (random.nextDouble() < 0.01) {
                    f |= REMOVED;
                }
                if (random.nextDouble() < 0.05) {
                    f |= EDITED;
                }
                flags[d] = f;
                subject[d] = (byte) (random.nextDouble() < 0.6 ? g.subject : random.nextInt(Prose.SUBJECTS.size()));
                // Mostly the community's language, now and then the other one.
                french[d] = random.nextDouble() < 0.9 ? g.french : !g.french;
                special[d] = Special.NONE;
            }
        }
        int span = time.span();
        Group bench = people.benchmark;
        d = special(d, Special.THREAD, bench, span - 200 * Timeline.DAY, size.bigThread());
        d = special(d, Special.FIFTY, bench, span - 7 * Timeline.DAY, 50);
        d = special(d, Special.POST_TARGET, bench, span - Timeline.DAY, 0);
        special(d, Special.PRIVATE, people.privateGroup, span - 20 * Timeline.DAY, 12);

        // Most threads are short; a few run to thousands of comments.
        int fixed = size.bigThread() + 50 + 12;
        int rest = Math.max(0, size.comments() - fixed);
        double[] threadWeights = new double[normal];
        for (int i = 0; i < normal; i++) {
            Group g = people.groups.get(group[i]);
            threadWeights[i] = Math.exp(1.4 * gaussian()) * Math.sqrt(Math.min(1, g.count / 20.0));
        }
        int[] perThread = allocate(threadWeights, rest);
        int cap = Math.max(50, (int) (size.bigThread() * 0.8));
        int excess = 0;
        for (int i = 0; i < normal; i++) {
            if (perThread[i] > cap) {
                excess += perThread[i] - cap;
                perThread[i] = cap;
            }
        }
        while (excess > 0 && normal > 0) {
            int i = random.nextInt(normal);
            if (perThread[i] < cap) {
                int add = Math.min(excess, Math.min(cap - perThread[i], 1 + excess / normal));
                perThread[i] += add;
                excess -= add;
            }
        }
        System.arraycopy(perThread, 0, comments, 0, normal);

        // Ids in the order discussions were started.
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> created[a] != created[b] ? Integer.compare(created[a], created[b]) : Integer.compare(a, b));
        group = permute(group, order);
        created = permute(created, order);
        author = permute(author, order);
        comments = permute(comments, order);
        byte[] f = new byte[count];
        byte[] s = new byte[count];
        boolean[] fr = new boolean[count];
        Special[] sp = new Special[count];
        for (int i = 0; i < count; i++) {
            f[i] = flags[order[i]];
            s[i] = subject[order[i]];
            fr[i] = french[order[i]];
            sp[i] = special[order[i]];
            if (sp[i] != Special.NONE) {
                specialIds.put(sp[i], (long) i + 1);
            }
        }
        flags = f;
        subject = s;
        french = fr;
        special = sp;
        lastCommentId = new long[count];
        lastActivityMs = new long[count];
        double discussionFiles = 0.25 * 1.5 * count;
        commentFileChance = Math.max(0, size.files() - discussionFiles) / Math.max(1, size.comments());
    }

    private int special(int d, Special kind, Group g, int at, int commentCount) {
        group[d] = g.index;
        created[d] = Math.max(at, g.created + 3600);
        author[d] = g.founder;
        flags[d] = 0;
        comments[d] = commentCount;
        subject[d] = (byte) g.subject;
        french[d] = g.french;
        special[d] = kind;
        return d + 1;
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int[] permute(int[] values, Integer[] order) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    /** Splits {@code total} in proportion to the weights, the remainders going to the largest fractions. */
    private static int[] allocate(double[] weights, int total) {
        int[] out = new int[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (sum <= 0 || total <= 0) {
            return out;
        }
        int given = 0;
        double[] fractions = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) exact;
            fractions[i] = exact - out[i];
            given += out[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(fractions[b], fractions[a]));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            out[order[k]]++;
            given++;
        }
        return out;
    }

    /** A member who had joined by then, the most active ones more often (the founder when nobody fits). */
    private int member(Group g, int at) {
        for (int attempt = 0; attempt < 4; attempt++) {
            int i = Population.zipf(random, g.count, 0.8);
            if (g.joined[i] <= at) {
                return g.members[i];
            }
        }
        return g.founder;
    }

    private int moderator(Group g, int at) {
        int limit = Math.min(g.count, 200);
        int start = random.nextInt(limit);
        for (int k = 0; k < limit; k++) {
            int i = (start + k) % limit;
            if (g.roles[i] >= Population.MODERATOR && g.joined[i] <= at) {
                return g.members[i];
            }
        }
        return g.founder;
    }

    private Group groupOf(int d) {
        return people.groups.get(group[d]);
    }

    // ------------------------------------------------------------------ writing the discussions

    void writeDiscussions(Loader loader) throws SQLException {
        Loader.Table discussion = loader.tables().get("discussion");
        Loader.Table tag = loader.tables().get("discussion_tag");
        Loader.Table revision = loader.tables().get("discussion_revision");
        Loader.Table reaction = loader.tables().get("discussion_reaction");
        Loader.Table attachment = loader.tables().get("discussion_attachment");
        int span = time.span();
        for (int d = 0; d < count; d++) {
            long id = d + 1;
            Group g = groupOf(d);
            Prose.Subject about = Prose.SUBJECTS.get(subject[d]);
            People.Country country = People.country(People.pick(random, People.REGIONS.get(random.nextInt(People.REGIONS.size()))
                    .countries()));
            boolean announcement = (flags[d] & ANNOUNCEMENT) != 0;
            String title = switch (special[d]) {
                case THREAD -> french[d] ? "Le grand fil : " + about.fr() : "The big thread: " + about.en();
                case FIFTY -> french[d] ? "Échanges sur " + about.fr() : "Exchanging on " + about.en();
                case POST_TARGET -> french[d] ? "Vos nouvelles de la semaine" : "Your news of the week";
                default -> Prose.title(random, french[d], about, country.en(), country.fr(), announcement);
            };
            String body = Prose.discussionBody(random, french[d], about);
            int at = created[d];
            int edited = (flags[d] & EDITED) != 0 ? Math.min(span, at + 600 + random.nextInt(3 * Timeline.DAY)) : -1;
            boolean removed = (flags[d] & REMOVED) != 0;
            int removedAt = removed ? Math.min(span, at + 3600 + random.nextInt(10 * Timeline.DAY)) : -1;
            boolean bySomeoneElse = removed && random.nextDouble() < 0.6;
            long removedBy = bySomeoneElse ? (long) moderator(g, removedAt) + 1 : (long) author[d] + 1;
            discussion.row(id, (long) g.index + 1, (long) author[d] + 1, announcement ? "ANNOUNCEMENT" : "DISCUSSION", title, body,
                    (flags[d] & MEMBERS_ONLY) != 0, (flags[d] & PINNED) != 0, (flags[d] & LOCKED) != 0, comments[d], 0L,
                    time.at(at), time.at(at), edited < 0 ? null : time.at(edited),
                    removed ? time.at(removedAt) : null, removed ? removedBy : null,
                    bySomeoneElse ? Prose.removalReason(random) : null);
            java.util.Set<String> tags = new java.util.LinkedHashSet<>();
            int tagCount = random.nextInt(4);
            for (int k = 0; k < tagCount; k++) {
                Prose.Subject s = k == 0 ? about : Prose.SUBJECTS.get(random.nextInt(Prose.SUBJECTS.size()));
                tags.add(french[d] ? s.tagFr() : s.tagEn());
            }
            if (announcement && random.nextBoolean()) {
                tags.add("webinar");
            }
            for (String t : tags) {
                tag.row(id, t);
            }
            if (edited >= 0) {
                revision.row(++revisionIds, id, null, (long) author[d] + 1, random.nextBoolean() ? title : "Draft: " + title,
                        Prose.discussionBody(random, french[d], about), time.at(edited));
            }
            if (special[d] == Special.NONE || special[d] == Special.THREAD) {
                react(reaction, g, id, 0, author[d], at, 1.2);
                if (random.nextDouble() < 0.25) {
                    int n = 1 + (random.nextDouble() < 0.4 ? 1 : 0);
                    for (int k = 0; k < n; k++) {
                        attach(attachment, id, null, author[d], at, french[d], about);
                    }
                }
            }
        }
    }

    /** Reactions to a post by members other than its author: none, one, or (rarely) many. */
    private void react(Loader.Table reaction, Group g, long discussionId, long commentId, int postAuthor, int at, double mean)
            throws SQLException {
        int n = 0;
        while (random.nextDouble() < mean / (1 + mean) && n < 40) {
            n++;
        }
        if (n == 0) {
            return;
        }
        long[] seen = new long[n];
        int found = 0;
        for (int k = 0; k < n * 2 && found < n; k++) {
            int a = g.members[Population.zipf(random, g.count, 0.6)];
            if (a == postAuthor || contains(seen, found, a)) {
                continue;
            }
            seen[found++] = a;
            reaction.row(discussionId, commentId, (long) a + 1, REACTIONS[random.nextInt(REACTIONS.length)],
                    time.at(Math.min(time.span(), at + 60 + random.nextInt(2 * Timeline.DAY))));
        }
    }

    private static boolean contains(long[] values, int n, long value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void attach(Loader.Table attachment, long discussionId, Long commentId, int uploader, int at, boolean fr,
                        Prose.Subject about) throws SQLException {
        SampleFiles.Stored file = files.get(random.nextInt(files.size()));
        attachment.row(++attachmentIds, discussionId, commentId, (long) uploader + 1,
                Prose.fileName(random, fr, about, file.extension()), file.contentType(), file.size(), file.key(), time.at(at));
    }

    // ------------------------------------------------------------------ the comment stream

    /** A thread under way: when its next comment comes, and what replies may answer. */
    private final class Ongoing {
        final int d;
        final Group g;
        final int n;
        int emitted;
        double u;
        final long startMs;
        final long lifeMs;
        long nextMs;
        final long[] tops = new long[RECENT];
        int topCount;
        final long[] replies = new long[RECENT];
        final long[] replyRoots = new long[RECENT];
        int replyCount;
        final long[] script;
        final Map<Integer, long[]> visits = new HashMap<>();

        Ongoing(int d) {
            this.d = d;
            this.g = groupOf(d);
            this.n = comments[d];
            this.startMs = created[d] * 1000L + 60_000;
            long endMs = g.end * 1000L;
            double meanDays = special[d] == Special.THREAD ? 400 : 12 * (1 + 2 * Math.log10(1 + n));
            long life = (long) (-Math.log(Math.max(1e-9, random.nextDouble())) * meanDays * Timeline.DAY * 1000);
            if (special[d] == Special.FIFTY) {
                life = 6L * Timeline.DAY * 1000;
            }
            this.lifeMs = Math.max(60_000, Math.min(endMs - startMs - 1000, life));
            this.script = special[d] == Special.FIFTY ? new long[n] : null;
            visits.put(author[d], new long[] {0, 0, created[d] * 1000L + 30_000});
        }

        void advance() {
            int remaining = n - emitted;
            u = 1 - (1 - u) * Math.pow(random.nextDouble(), 1.0 / remaining);
            double x = special[d] == Special.FIFTY ? u : u * u;
            nextMs = startMs + (long) (lifeMs * x);
        }
    }

    void writeComments(Loader loader, java.util.function.Consumer<String> progress) throws SQLException {
        long started = System.nanoTime();
        long step = Math.max(10_000, size.comments() / 10);
        Loader.Table commentTable = loader.tables().get("discussion_comment");
        Loader.Table revision = loader.tables().get("discussion_revision");
        Loader.Table reaction = loader.tables().get("discussion_reaction");
        Loader.Table attachment = loader.tables().get("discussion_attachment");
        Loader.Table visit = loader.tables().get("discussion_visit");
        PriorityQueue<Ongoing> queue = new PriorityQueue<>((a, b) -> a.nextMs != b.nextMs ? Long.compare(a.nextMs, b.nextMs)
                : Integer.compare(a.d, b.d));
        int span = time.span();
        int next = 0;
        while (next < count || !queue.isEmpty()) {
            if (next < count && (queue.isEmpty() || created[next] * 1000L <= queue.peek().nextMs)) {
                Ongoing t = new Ongoing(next++);
                if (t.n == 0) {
                    writeVisits(visit, t);
                    lastActivityMs[t.d] = created[t.d] * 1000L;
                } else {
                    t.advance();
                    queue.add(t);
                }
                continue;
            }
            Ongoing t = queue.poll();
            long id = ++commentIds;
            int k = t.emitted++;
            long ms = Math.min(t.nextMs, span * 1000L);
            int at = (int) (ms / 1000);
            Group g = t.g;
            boolean fifty = t.script != null;
            int writer = member(g, at);
            Long replyTo = null;
            Long root = null;
            if (fifty) {
                t.script[k] = id;
                if (k >= 45) {
                    replyTo = t.script[k - 5];
                    root = t.script[(k - 45) * 8 + 3];
                } else if (k >= 40) {
                    replyTo = t.script[(k - 40) * 8 + 3];
                    root = replyTo;
                }
            } else if (t.topCount > 0 && random.nextDouble() < 0.25) {
                if (t.replyCount > 0 && random.nextDouble() < 0.25) {
                    int i = random.nextInt(Math.min(t.replyCount, RECENT));
                    replyTo = t.replies[i];
                    root = t.replyRoots[i];
                } else {
                    replyTo = t.tops[random.nextInt(Math.min(t.topCount, RECENT))];
                    root = replyTo;
                }
            }
            if (root == null) {
                t.tops[t.topCount++ % RECENT] = id;
            } else {
                t.replies[t.replyCount % RECENT] = id;
                t.replyRoots[t.replyCount++ % RECENT] = root;
            }
            Prose.Subject about = Prose.SUBJECTS.get(subject[t.d]);
            String mentionName = null;
            long mentionId = 0;
            if (!fifty && random.nextDouble() < 0.03) {
                int mentioned = g.members[Population.zipf(random, g.count, 0.8)];
                if (mentioned != writer) {
                    mentionName = People.person(people.seed, mentioned + 1L).displayName();
                    mentionId = mentioned + 1L;
                }
            }
            String body = Prose.comment(random, french[t.d], about, mentionName, mentionId);
            boolean removed = !fifty && random.nextDouble() < 0.01;
            int edits = fifty || removed ? 0 : random.nextDouble() < 0.03 ? (random.nextDouble() < 0.15 ? 2 : 1) : 0;
            int editedAt = at;
            for (int e = 0; e < edits; e++) {
                editedAt = Math.min(span, editedAt + 60 + random.nextInt(Timeline.DAY));
                revision.row(++revisionIds, (long) t.d + 1, id, (long) writer + 1, null,
                        Prose.comment(random, french[t.d], about, null, 0), time.at(editedAt));
            }
            int removedAt = removed ? Math.min(span, at + 300 + random.nextInt(5 * Timeline.DAY)) : -1;
            boolean bySomeoneElse = removed && random.nextDouble() < 0.5;
            long removedBy = bySomeoneElse ? (long) moderator(g, removedAt) + 1 : (long) writer + 1;
            commentTable.row(id, (long) t.d + 1, (long) writer + 1, replyTo, root, body, time.at(at, (int) (ms % 1000)),
                    edits > 0 ? time.at(editedAt) : null, removed ? time.at(removedAt) : null, removed ? removedBy : null,
                    bySomeoneElse ? Prose.removalReason(random) : null);
            if (++commentsWritten % step == 0) {
                progress.accept(String.format(java.util.Locale.ROOT, "    %,d comments (%.0f s)", commentsWritten,
                        (System.nanoTime() - started) / 1e9));
            }
            if (!fifty && !removed) {
                react(reaction, g, t.d + 1L, id, writer, at, 0.7);
                if (random.nextDouble() < commentFileChance) {
                    attach(attachment, t.d + 1L, id, writer, at, french[t.d], about);
                }
            }
            t.visits.put(writer, new long[] {t.emitted, id, ms});
            if (random.nextDouble() < 0.6) {
                // Someone reads the thread as it stands now; a later comment makes it news to them.
                int reader = g.members[Population.zipf(random, g.count, 0.7)];
                if (reader != writer) {
                    t.visits.put(reader, new long[] {t.emitted, id, Math.min(span * 1000L, ms + random.nextInt(3_600_000))});
                }
            }
            lastCommentId[t.d] = id;
            lastActivityMs[t.d] = ms;
            g.lastActivity = Math.max(g.lastActivity, at);
            if (t.emitted < t.n) {
                t.advance();
                queue.add(t);
            } else {
                writeVisits(visit, t);
            }
        }
        for (int d = 0; d < count; d++) {
            Group g = groupOf(d);
            g.lastActivity = Math.max(g.lastActivity, created[d]);
        }
    }

    private void writeVisits(Loader.Table visit, Ongoing t) throws SQLException {
        for (Map.Entry<Integer, long[]> e : t.visits.entrySet()) {
            long[] v = e.getValue();
            visit.row((long) e.getKey() + 1, (long) t.d + 1, (int) v[0], v[1], time.at(v[2] / 1000, (int) (v[2] % 1000)));
        }
    }

    /** The newest comment and the last activity of each discussion, known only once the comments are made. */
    void writeCounters(Loader loader) throws SQLException {
        String sql = "update discussion set last_comment_id = ?, last_activity_at = ? where id = ?";
        if (loader.postgres()) {
            loader.execute("create temporary table generated_discussion_counter (id bigint primary key, "
                    + "last_comment_id bigint not null, last_activity_at timestamp with time zone not null)");
            Loader.Table counter = loader.table("generated_discussion_counter", "id", "last_comment_id", "last_activity_at");
            for (int d = 0; d < count; d++) {
                counter.row((long) d + 1, lastCommentId[d], time.at(lastActivityMs[d] / 1000, (int) (lastActivityMs[d] % 1000)));
            }
            loader.flush();
            loader.execute("update discussion d set last_comment_id = c.last_comment_id, last_activity_at = c.last_activity_at "
                    + "from generated_discussion_counter c where c.id = d.id and (d.last_comment_id <> c.last_comment_id "
                    + "or d.last_activity_at <> c.last_activity_at)");
            loader.execute("drop table generated_discussion_counter");
            loader.tables().remove("generated_discussion_counter");
            return;
        }
        try (PreparedStatement update = loader.connection().prepareStatement(sql)) {
            int batch = 0;
            for (int d = 0; d < count; d++) {
                if (lastCommentId[d] == 0) {
                    continue;
                }
                update.setLong(1, lastCommentId[d]);
                update.setObject(2, time.at(lastActivityMs[d] / 1000, (int) (lastActivityMs[d] % 1000)).atOffset(ZoneOffset.UTC));
                update.setLong(3, d + 1L);
                update.addBatch();
                if (++batch % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        loader.connection().commit();
    }

    int count() {
        return count;
    }
}
