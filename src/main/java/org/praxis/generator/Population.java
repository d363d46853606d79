package org.praxis.generator;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.praxis.policy.CommunityAccess;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Privacy;
import org.praxis.policy.Role;

/**
 * The people and communities of a generated platform, held in compact arrays: accounts (index =
 * id - 1), communities in the order they were created (index = id - 1) with their members, roles
 * and join times. Sizes follow a long tail: a few communities with thousands of members, many
 * with a handful; a few very active members, many quiet ones.
 */
final class Population {

    static final byte CONFIRMED = 1;
    static final byte SUSPENDED = 2;
    static final byte STAFF = 4;
    static final String[] ROLE_NAMES = {Role.MEMBER.name(), Role.MODERATOR.name(), Role.ADMIN.name()};
    static final byte MEMBER = 0;
    static final byte MODERATOR = 1;
    static final byte ADMIN = 2;
    static final int BENCHMARK_MEMBERS = 8;
    private static final double MEMBERSHIPS_PER_USER = 3.0;

    /** One community or working group and its members. */
    static final class Group {
        int index;
        int parent = -1;
        Privacy privacy;
        boolean approval;
        String status = "ACTIVE";
        String staffApproval = "APPROVED";
        int created;
        /** When activity there stops: now, the day it was archived, or when it fell silent. */
        int end;
        int targetSize;
        int rank;
        boolean french;
        int subject;
        int founder;
        String name;
        String slug;
        int[] members = new int[4];
        int[] joined = new int[4];
        byte[] roles = new byte[4];
        int count;
        int lastActivity;

        CommunityAccess access() {
            return CommunityAccess.of(privacy, approval);
        }

        boolean approved() {
            return staffApproval.equals("APPROVED");
        }

        boolean isWorkingGroup() {
            return parent >= 0;
        }

        void add(int account, int at, byte role) {
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
                joined = Arrays.copyOf(joined, count * 2);
                roles = Arrays.copyOf(roles, count * 2);
            }
            members[count] = account;
            joined[count] = at;
            roles[count] = role;
            count++;
            lastActivity = Math.max(lastActivity, at);
        }

        int indexOf(int account) {
            for (int i = 0; i < count; i++) {
                if (members[i] == account) {
                    return i;
                }
            }
            return -1;
        }
    }

    final GenerationSize size;
    final long seed;
    final Timeline time;
    final SplittableRandom random;
    final int users;
    final int[] accountCreated;
    final byte[] accountFlags;
    private final double[] cumulative;
    final List<Group> groups = new ArrayList<>();
    final List<String> institutions;
    Group benchmark;
    Group privateGroup;
    final int[] benchmarkMembers = new int[BENCHMARK_MEMBERS];
    List<Long> topicIds = new ArrayList<>();

    Population(GenerationSize size, long seed, Timeline time) {
        this.size = size;
        this.seed = seed;
        this.time = time;
        this.random = new SplittableRandom(seed);
        this.users = size.users();
        this.accountCreated = new int[users];
        this.accountFlags = new byte[users];
        this.cumulative = new double[users];
        this.institutions = People.institutions(new SplittableRandom(seed + 1), Math.max(5, users / 25));
    }

    // ------------------------------------------------------------------ building

    void build() {
        buildAccounts();
        buildCommunities();
        for (Group g : groups) {
            if (!g.isWorkingGroup()) {
                fillCommunity(g);
            }
        }
        for (Group g : groups) {
            if (g.isWorkingGroup()) {
                fillWorkingGroup(g);
            }
        }
        chooseBenchmarkMembers();
    }

    /** Accounts are numbered in the order they signed up; sign-ups grow over the years. */
    private void buildAccounts() {
        int span = time.span();
        int staff = Math.max(2, Math.min(10, users / 10_000));
        double total = 0;
        for (int i = 0; i < users; i++) {
            accountCreated[i] = (int) (span * 0.995 * Math.sqrt((i + random.nextDouble()) / users));
            byte flags = CONFIRMED;
            if (i < staff) {
                flags |= STAFF;
            } else if (random.nextDouble() < 0.02) {
                flags = 0;
            } else if (random.nextDouble() < 0.005) {
                flags |= SUSPENDED;
            }
            accountFlags[i] = flags;
            double weight = (flags & CONFIRMED) == 0 ? 0 : Math.min(500, Math.pow(1 - random.nextDouble(), -1 / 1.3));
            total += weight;
            cumulative[i] = total;
        }
    }

    boolean confirmed(int account) {
        return (accountFlags[account] & CONFIRMED) != 0;
    }

    boolean suspended(int account) {
        return (accountFlags[account] & SUSPENDED) != 0;
    }

    boolean staff(int account) {
        return (accountFlags[account] & STAFF) != 0;
    }

    /** A confirmed account, the active ones more often. */
    int sampleAccount() {
        double x = random.nextDouble() * cumulative[users - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, users - 1);
    }

    /** A confirmed account created before {@code before}, with no preference. */
    private int earlyAccount(int before) {
        int limit = Arrays.binarySearch(accountCreated, before);
        limit = Math.max(1, limit < 0 ? -limit - 1 : limit);
        for (int attempt = 0; attempt < 50; attempt++) {
            int a = random.nextInt(limit);
            if (confirmed(a) && !suspended(a)) {
                return a;
            }
        }
        return staffCount();
    }

    private int staffCount() {
        int n = 0;
        while (n < users && staff(n)) {
            n++;
        }
        return Math.min(n, users - 1);
    }

    /** An index in [0, n) with a Zipf-like preference for small indexes. */
    static int zipf(SplittableRandom random, int n, double exponent) {
        if (n <= 1) {
            return 0;
        }
        double u = random.nextDouble();
        double x = exponent == 1 ? Math.pow(n + 1, u) - 1
                : Math.pow((Math.pow(n + 1, 1 - exponent) - 1) * u + 1, 1 / (1 - exponent)) - 1;
        return Math.min(n - 1, Math.max(0, (int) x));
    }

    private void buildCommunities() {
        int total = size.communities();
        int groupsWanted = size.workingGroups();
        int top = total - groupsWanted;
        int span = time.span();
        List<Group> tops = new ArrayList<>();
        for (int i = 0; i < top; i++) {
            Group g = new Group();
            // Communities are founded at an even pace; with more of them alive, activity grows over the years.
            g.created = (int) (span * 0.97 * random.nextDouble());
            tops.add(g);
        }
        // Older communities have had time to grow: rank by luck weighted by age.
        double[] keys = new double[top];
        for (int i = 0; i < top; i++) {
            keys[i] = random.nextDouble() * (0.4 + 0.6 * (1 - tops.get(i).created / (double) span));
        }
        Integer[] order = new Integer[top];
        for (int i = 0; i < top; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -keys[i]));
        double harmonic = 0;
        for (int r = 1; r <= top; r++) {
            harmonic += Math.pow(r, -0.9);
        }
        int confirmedUsers = 0;
        for (int a = 0; a < users; a++) {
            confirmedUsers += confirmed(a) ? 1 : 0;
        }
        double memberships = MEMBERSHIPS_PER_USER * users;
        Privacy[] firstRanks = {Privacy.OPEN, Privacy.SEMI_PRIVATE, Privacy.PRIVATE, Privacy.PUBLIC, Privacy.PRIVATE_HIDDEN};
        for (int r = 0; r < top; r++) {
            Group g = tops.get(order[r]);
            g.rank = r + 1;
            g.targetSize = (int) Math.max(2 + random.nextInt(6),
                    Math.min(confirmedUsers * 0.7, memberships * Math.pow(r + 1, -0.9) / harmonic));
            g.privacy = r < firstRanks.length ? firstRanks[r] : randomPrivacy();
            g.approval = g.privacy == Privacy.OPEN && r > 0 && random.nextDouble() < 0.1;
            g.french = random.nextDouble() < 0.35;
            g.subject = random.nextInt(Prose.SUBJECTS.size());
            g.end = span;
            if (r < 3) {
                // The benchmark communities are at least a year old and alive.
                g.created = Math.min(g.created, span - 400 * Timeline.DAY - random.nextInt(200 * Timeline.DAY));
                g.created = Math.max(0, g.created);
            }
        }
        // A few at the bottom of the list wait for staff or were refused; some were archived or fell silent.
        for (int r = 5; r < top; r++) {
            Group g = tops.get(order[r]);
            double x = random.nextDouble();
            boolean last = r == top - 1;
            boolean beforeLast = r == top - 2;
            if (last || (r > top * 0.9 && x < 0.1)) {
                g.staffApproval = random.nextDouble() < 0.7 || last ? "PENDING" : "REJECTED";
                g.created = span - random.nextInt(20 * Timeline.DAY) - Timeline.DAY;
                g.targetSize = 1;
            } else if (beforeLast || x < 0.07) {
                g.status = "ARCHIVED";
                g.end = Timeline.earlyBetween(random, g.created + 60 * Timeline.DAY, span - 30 * Timeline.DAY, 0.7);
            } else if (x < 0.17 && g.created < span - 500 * Timeline.DAY) {
                g.end = Math.min(span, g.created + 120 * Timeline.DAY + random.nextInt(300 * Timeline.DAY));
            }
            if (g.end <= g.created + Timeline.DAY) {
                g.end = Math.min(span, g.created + 30 * Timeline.DAY);
            }
        }
        List<Group> all = new ArrayList<>(tops);
        // Working groups sit in the larger living communities.
        List<Group> hosts = tops.stream().filter(g -> g.approved() && g.end > g.created + 40 * Timeline.DAY)
                .sorted(Comparator.comparingInt(g -> g.rank)).toList();
        Privacy[] groupPrivacies = {Privacy.PUBLIC, Privacy.PRIVATE_HIDDEN, Privacy.SEMI_PRIVATE, Privacy.PRIVATE};
        int[] groupsOf = new int[hosts.size()];
        for (int i = 0; i < groupsWanted && !hosts.isEmpty(); i++) {
            // A handful of groups in a large community, none in most small ones.
            int host = i < 2 ? 0 : zipf(random, hosts.size(), 0.9);
            while (groupsOf[host] >= 3 + hosts.get(host).targetSize / 2000) {
                host = random.nextInt(hosts.size());
            }
            groupsOf[host]++;
            Group parent = hosts.get(host);
            Group g = new Group();
            g.parent = -2;
            g.rank = Integer.MAX_VALUE;
            g.privacy = i < groupPrivacies.length ? groupPrivacies[i] : randomGroupPrivacy();
            g.french = parent.french;
            g.subject = random.nextInt(Prose.SUBJECTS.size());
            g.created = parent.created + (int) ((parent.end - parent.created) * (0.1 + 0.6 * random.nextDouble()));
            g.end = parent.end;
            g.status = i >= groupPrivacies.length && random.nextDouble() < 0.05 ? "ARCHIVED" : "ACTIVE";
            // Working groups are small: a few dozen people, a few hundred in the largest communities.
            g.targetSize = Math.max(2, (int) Math.min(parent.targetSize * (0.02 + 0.15 * random.nextDouble()),
                    30 + random.nextInt(600)));
            g.founder = -1 - all.indexOf(parent);
            all.add(g);
        }
        // Ids in the order of creation; a working group is always younger than its parent.
        List<Group> byCreation = new ArrayList<>(all);
        byCreation.sort(Comparator.comparingInt((Group g) -> g.created).thenComparingInt(g -> g.isWorkingGroup() ? 1 : 0));
        for (int i = 0; i < byCreation.size(); i++) {
            byCreation.get(i).index = i;
        }
        for (Group g : all) {
            if (g.parent == -2) {
                g.parent = all.get(-1 - g.founder).index;
                g.founder = -1;
            }
        }
        groups.addAll(byCreation);
        for (Group g : groups) {
            if (g.rank == 1) {
                benchmark = g;
            } else if (g.rank == 3) {
                privateGroup = g;
            }
        }
        if (privateGroup == null) {
            privateGroup = benchmark;
        }
        Set<String> slugs = new HashSet<>();
        SplittableRandom names = new SplittableRandom(seed + 2);
        for (Group g : groups) {
            g.name = g.isWorkingGroup() ? Prose.workingGroupName(names, g.french, Prose.SUBJECTS.get(g.subject))
                    : Prose.communityName(names, g.french, Prose.SUBJECTS.get(g.subject));
            if (g.name.length() > 120) {
                g.name = g.name.substring(0, 120).strip();
            }
            String base = slugOf(g.name);
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            g.slug = slug;
        }
    }

    private Privacy randomPrivacy() {
        double x = random.nextDouble();
        return x < 0.30 ? Privacy.OPEN : x < 0.55 ? Privacy.PUBLIC : x < 0.75 ? Privacy.SEMI_PRIVATE
                : x < 0.90 ? Privacy.PRIVATE : Privacy.PRIVATE_HIDDEN;
    }

    private Privacy randomGroupPrivacy() {
        double x = random.nextDouble();
        return x < 0.4 ? Privacy.PUBLIC : x < 0.65 ? Privacy.SEMI_PRIVATE : x < 0.85 ? Privacy.PRIVATE : Privacy.PRIVATE_HIDDEN;
    }

    /** As the platform makes them: ASCII letters and digits joined by hyphens, at most 60 characters. */
    static String slugOf(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private void fillCommunity(Group g) {
        g.founder = earlyAccount(g.created);
        g.add(g.founder, g.created, ADMIN);
        BitSet taken = scratch();
        taken.set(g.founder);
        int attempts = 0;
        while (g.count < g.targetSize && attempts++ < g.targetSize * 30) {
            int a = sampleAccount();
            if (taken.get(a)) {
                continue;
            }
            int from = Math.max(accountCreated[a] + 600, g.created + 60);
            if (from >= g.end - 600) {
                continue;
            }
            taken.set(a);
            g.add(a, Timeline.earlyBetween(random, from, g.end - 60, 1.6), MEMBER);
        }
        assignRoles(g);
    }

    private final BitSet scratch = new BitSet();

    /** An empty set of account indexes, reused so that thousands of communities do not each allocate one. */
    private BitSet scratch() {
        scratch.clear();
        return scratch;
    }

    private void assignRoles(Group g) {
        if (g.count > 20) {
            int admins = 1 + random.nextInt(2);
            for (int i = 0; i < admins; i++) {
                g.roles[1 + random.nextInt(Math.min(g.count - 1, 10))] = ADMIN;
            }
        }
        int moderators = g.count > 10 ? Math.min(25, Math.max(1, g.count / 200)) : g.count > 3 && random.nextBoolean() ? 1 : 0;
        for (int i = 0; i < moderators; i++) {
            int m = 1 + random.nextInt(Math.min(g.count - 1, 60));
            if (g.roles[m] == MEMBER) {
                g.roles[m] = MODERATOR;
            }
        }
    }

    private void fillWorkingGroup(Group g) {
        Group parent = groups.get(g.parent);
        int founderIndex = 0;
        for (int i = 0; i < parent.count; i++) {
            if (parent.roles[i] == ADMIN && parent.joined[i] < g.created && random.nextBoolean()) {
                founderIndex = i;
                break;
            }
        }
        g.founder = parent.members[founderIndex];
        g.add(g.founder, g.created, ADMIN);
        BitSet taken = new BitSet(parent.count);
        taken.set(founderIndex);
        int target = Math.min(g.targetSize, parent.count);
        int attempts = 0;
        while (g.count < target && attempts++ < target * 30) {
            int i = zipf(random, parent.count, 0.6);
            if (taken.get(i)) {
                continue;
            }
            int from = Math.max(parent.joined[i], g.created) + 60;
            if (from >= g.end - 600) {
                continue;
            }
            taken.set(i);
            g.add(parent.members[i], Timeline.earlyBetween(random, from, g.end - 60, 1.6), MEMBER);
        }
        if (g.count > 6 && random.nextBoolean()) {
            g.roles[1 + random.nextInt(g.count - 1)] = MODERATOR;
        }
    }

    /**
     * Eight ordinary, confirmed members of the benchmark community who are also members of the
     * members-only one (added there when they were not).
     */
    private void chooseBenchmarkMembers() {
        int found = 0;
        for (int i = 1; i < benchmark.count && found < BENCHMARK_MEMBERS; i++) {
            int a = benchmark.members[i];
            if (benchmark.roles[i] == MEMBER && confirmed(a) && !suspended(a) && !staff(a)
                    && benchmark.joined[i] < time.span() - 30 * Timeline.DAY) {
                benchmarkMembers[found++] = a;
            }
        }
        if (found < BENCHMARK_MEMBERS) {
            throw new IllegalStateException("The benchmark community has too few ordinary members");
        }
        if (privateGroup != benchmark) {
            for (int a : benchmarkMembers) {
                if (privateGroup.indexOf(a) < 0) {
                    int from = Math.max(accountCreated[a], privateGroup.created) + 3600;
                    privateGroup.add(a, Timeline.earlyBetween(random, from, time.span() - 60 * Timeline.DAY, 1.5), MEMBER);
                }
            }
        }
    }

    // ------------------------------------------------------------------ writing

    void writeAccounts(Loader loader, String passwordHash, List<byte[]> avatars) throws SQLException {
        Loader.Table institution = loader.tables().get("institution");
        for (int i = 0; i < institutions.size(); i++) {
            String name = institutions.get(i);
            institution.row((long) i + 1, name, name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                    time.at(random.nextInt(time.span() / 3)));
        }
        Loader.Table account = loader.tables().get("account");
        Loader.Table language = loader.tables().get("account_language");
        Loader.Table interest = loader.tables().get("account_interest");
        Loader.Table avatar = loader.tables().get("account_avatar");
        int staffNumber = 0;
        for (int i = 0; i < users; i++) {
            long id = i + 1;
            People.Person p = People.person(seed, id);
            int created = accountCreated[i];
            boolean isStaff = staff(i);
            String email = isStaff ? "staff" + (++staffNumber) + "@example.org" : p.email();
            String display = isStaff ? p.first() + " (staff)" : p.displayName();
            Long institutionId = random.nextDouble() < 0.75 ? (long) zipf(random, institutions.size(), 1.0) + 1 : null;
            String country = random.nextDouble() < 0.9 ? p.country() : null;
            int verified = confirmed(i) ? created + 60 + random.nextInt(3 * 3600) : -1;
            int suspendedAt = suspended(i) ? Timeline.recentBetween(random, created + Timeline.DAY, time.span(), 1.2) : -1;
            int updated = Math.max(created, Math.max(verified, suspendedAt));
            account.row(id, email, email.toLowerCase(Locale.ROOT), passwordHash, display, p.realName(), institutionId, country,
                    p.bio(), p.preferredLanguage(), isStaff, verified < 0 ? null : time.at(verified),
                    suspendedAt < 0 ? null : time.at(suspendedAt), time.at(created), time.at(updated));
            for (String code : new java.util.LinkedHashSet<>(p.languages())) {
                language.row(id, code);
            }
            for (String topic : p.interests()) {
                interest.row(id, topic);
            }
            if (confirmed(i) && random.nextDouble() < 0.15) {
                avatar.row(id, avatars.get(random.nextInt(avatars.size())), time.at(Math.min(time.span(), created + 3600)));
            }
        }
    }

    void writeCommunities(Loader loader, List<byte[]> logos, List<byte[]> banners) throws SQLException {
        Loader.Table community = loader.tables().get("community");
        Loader.Table topic = loader.tables().get("community_topic");
        Loader.Table language = loader.tables().get("community_language");
        Loader.Table calendar = loader.tables().get("community_activity");
        Loader.Table screening = loader.tables().get("community_screening_question");
        Loader.Table hiddenTab = loader.tables().get("community_hidden_tab");
        Loader.Table image = loader.tables().get("community_image");
        SplittableRandom r = new SplittableRandom(seed + 3);
        long imageId = 0;
        for (Group g : groups) {
            long id = g.index + 1;
            CommunityAccess access = g.access();
            Prose.Subject subject = Prose.SUBJECTS.get(g.subject);
            boolean top = !g.isWorkingGroup();
            boolean conceptNote = top && r.nextDouble() < 0.6;
            boolean approvalMode = access.joinMode() == JoinMode.APPROVAL;
            community.row(id, g.slug, g.name, Prose.shortDescription(r, g.french, subject),
                    top ? Prose.description(r, g.french, subject) : null,
                    top && approvalMode ? Prose.eligibility(g.french) : null,
                    top && r.nextDouble() < 0.6 ? Prose.availability(r, g.french) : null,
                    access.hidden(), access.joinMode().name(), access.contentPublic(), g.status, (long) g.founder + 1,
                    time.at(g.created), time.at(g.created),
                    conceptNote ? Prose.conceptPart(r, g.french, subject) : null,
                    conceptNote ? Prose.conceptPart(r, g.french, subject) : null,
                    conceptNote ? Prose.conceptPart(r, g.french, subject) : null,
                    top ? null : (long) g.parent + 1, g.staffApproval,
                    g.staffApproval.equals("REJECTED") ? "Please describe the purpose and who may join." : null);
            if (top) {
                Set<Long> chosen = new java.util.LinkedHashSet<>();
                int topics = 1 + r.nextInt(3);
                for (int i = 0; i < topics; i++) {
                    chosen.add(topicIds.get(r.nextInt(topicIds.size())));
                }
                for (long t : chosen) {
                    topic.row(id, t);
                }
                Set<String> languages = new java.util.LinkedHashSet<>();
                languages.add(g.french ? "fr" : "en");
                if (r.nextDouble() < 0.35) {
                    languages.add(g.french ? "en" : "fr");
                }
                if (r.nextDouble() < 0.15) {
                    languages.add(People.pick(r, List.of("es", "ar", "pt", "sw")));
                }
                for (String code : languages) {
                    language.row(id, code);
                }
            }
            if (conceptNote) {
                int lines = 2 + r.nextInt(4);
                for (int i = 0; i < lines; i++) {
                    String[] line = Prose.calendarLine(r, g.french, subject, i);
                    calendar.row(id, i, line[0], line[1]);
                }
            }
            if (approvalMode && r.nextDouble() < 0.5) {
                List<String> questions = Prose.screeningQuestions(r, g.french, 1 + r.nextInt(3));
                for (int i = 0; i < questions.size(); i++) {
                    screening.row(id, i, questions.get(i));
                }
                this.screening.put(g.index, questions);
            }
            if (r.nextDouble() < 0.05) {
                hiddenTab.row(id, "ANNOUNCEMENTS");
            }
            int updated = Math.min(time.span(), g.created + 3600 + r.nextInt(5 * Timeline.DAY));
            if (r.nextDouble() < 0.4) {
                image.row(++imageId, id, "LOGO", logos.get(r.nextInt(logos.size())), "image/png", time.at(updated));
            }
            if (top && r.nextDouble() < 0.25) {
                image.row(++imageId, id, "BANNER", banners.get(r.nextInt(banners.size())), "image/png", time.at(updated));
            }
        }
    }

    /**
     * Memberships with roles; how each member came in (an approved request where joining needs
     * approval, an accepted invitation where it is by invitation); pending and refused requests,
     * open, expired and declined invitations; and bans.
     */
    void writeMemberships(Loader loader) throws SQLException {
        Loader.Table membership = loader.tables().get("membership");
        Loader.Table request = loader.tables().get("join_request");
        Loader.Table answer = loader.tables().get("join_request_answer");
        Loader.Table invitation = loader.tables().get("invitation");
        Loader.Table ban = loader.tables().get("community_ban");
        SplittableRandom r = new SplittableRandom(seed + 4);
        long membershipId = 0;
        long requestId = 0;
        long invitationId = 0;
        int span = time.span();
        for (Group g : groups) {
            long id = g.index + 1;
            JoinMode mode = g.access().joinMode();
            Prose.Subject subject = Prose.SUBJECTS.get(g.subject);
            long decider = (long) g.founder + 1;
            List<String> questions = mode == JoinMode.APPROVAL ? screeningOf(g) : List.of();
            BitSet involved = scratch();
            for (int i = 0; i < g.count; i++) {
                int a = g.members[i];
                involved.set(a);
                int joined = g.joined[i];
                membership.row(++membershipId, id, (long) a + 1, ROLE_NAMES[g.roles[i]], time.at(joined, r.nextInt(1000)));
                if (i == 0) {
                    continue;
                }
                if (mode == JoinMode.APPROVAL) {
                    int asked = Math.max(accountCreated[a] + 60, joined - 60 - r.nextInt(3 * Timeline.DAY));
                    request.row(++requestId, id, (long) a + 1, r.nextDouble() < 0.6 ? Prose.joinMessage(r, g.french, subject) : null,
                            "APPROVED", time.at(Math.min(asked, joined)), time.at(joined), decider);
                    for (int q = 0; q < questions.size(); q++) {
                        answer.row(requestId, q, questions.get(q), Prose.answer(r, g.french, subject));
                    }
                } else if (mode == JoinMode.INVITATION) {
                    int sent = Math.max(g.created, joined - 3600 - r.nextInt(10 * Timeline.DAY));
                    boolean byEmail = r.nextDouble() < 0.3;
                    invitation.row(++invitationId, id, (long) a + 1,
                            byEmail ? People.person(seed, a + 1).email().toLowerCase(Locale.ROOT) : null, token(r),
                            Prose.invitationMessage(r, g.french), "ACCEPTED", decider, time.at(sent),
                            time.at(sent + 30L * Timeline.DAY), time.at(joined));
                }
            }
            boolean open = g.approved() && !g.status.equals("ARCHIVED");
            if (open && mode == JoinMode.APPROVAL) {
                int pending = Math.min(8, 1 + g.count / 40);
                int rejected = pending / 3 + (r.nextBoolean() ? 1 : 0);
                for (int k = 0; k < pending + rejected; k++) {
                    int a = outsider(involved, g);
                    if (a < 0) {
                        break;
                    }
                    boolean isPending = k < pending;
                    int asked = Timeline.recentBetween(r, Math.max(accountCreated[a] + 60, span - 45 * Timeline.DAY), span - 60, 1.2);
                    int decided = Math.min(span, asked + 3600 + r.nextInt(2 * Timeline.DAY));
                    request.row(++requestId, id, (long) a + 1, r.nextDouble() < 0.7 ? Prose.joinMessage(r, g.french, subject) : null,
                            isPending ? "PENDING" : "REJECTED", time.at(asked), isPending ? null : time.at(decided),
                            isPending ? null : decider);
                    for (int q = 0; q < questions.size(); q++) {
                        answer.row(requestId, q, questions.get(q), Prose.answer(r, g.french, subject));
                    }
                }
            }
            if (open && mode == JoinMode.INVITATION) {
                int pending = Math.min(10, 1 + g.count / 30);
                for (int k = 0; k < pending; k++) {
                    int sent = span - r.nextInt(60 * Timeline.DAY) - 60;
                    boolean declined = k % 4 == 3;
                    boolean toAccount = r.nextDouble() < 0.6;
                    int a = toAccount ? outsider(involved, g) : -1;
                    String email = a >= 0 ? null
                            : "invitee." + id + "." + k + "@" + People.pick(r, List.of("example.net", "example.com"));
                    invitation.row(++invitationId, id, a >= 0 ? (long) a + 1 : null, email, token(r),
                            Prose.invitationMessage(r, g.french), declined ? "DECLINED" : "PENDING", decider, time.at(sent),
                            time.at(sent + 30L * Timeline.DAY), declined ? time.at(Math.min(span, sent + Timeline.DAY)) : null);
                }
            }
            if (g.count >= 40 && !g.isWorkingGroup()) {
                int bans = g.count / 400 + (r.nextDouble() < 0.3 ? 1 : 0);
                for (int k = 0; k < bans; k++) {
                    int a = outsider(involved, g);
                    if (a < 0) {
                        break;
                    }
                    ban.row(id, (long) a + 1, r.nextDouble() < 0.8 ? Prose.banReason(r) : null, decider,
                            time.at(Timeline.recentBetween(r, Math.max(g.created, accountCreated[a]), g.end, 1.2)));
                }
            }
        }
    }

    private final java.util.Map<Integer, List<String>> screening = new java.util.HashMap<>();

    /** The screening questions written for a community (drawn again from the same seed as when written). */
    private List<String> screeningOf(Group g) {
        return screening.getOrDefault(g.index, List.of());
    }

    /** A confirmed account not yet involved with the community (for requests, invitations, bans); -1 if none is found. */
    private int outsider(BitSet involved, Group g) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int a = g.isWorkingGroup() ? groups.get(g.parent).members[random.nextInt(groups.get(g.parent).count)]
                    : sampleAccount();
            if (!involved.get(a) && confirmed(a) && !staff(a)) {
                involved.set(a);
                return a;
            }
        }
        return -1;
    }

    /** The hash of an e-mailed invitation link's secret: nobody knows the secret, as after a real mail. */
    private static String token(SplittableRandom r) {
        return String.format("%016x%016x%016x%016x", r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }
}
