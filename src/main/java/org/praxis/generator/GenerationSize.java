package org.praxis.generator;

import java.util.Locale;

/**
 * The named sizes of a generated platform. Communities count working groups too (about one in
 * seven is one). XS is for tests: a few seconds, yet every kind of row is there.
 *
 * @param bigThread comments of the one very long thread of the benchmark community (THREAD_5000)
 * @param events calendar events, webinars among them, over three years and the coming months
 */
public enum GenerationSize {
    XS(60, 10, 60, 600, 30, 150, 40),
    S(1_000, 50, 2_500, 50_000, 5_000, 5_000, 1_000),
    L(100_000, 2_000, 50_000, 1_000_000, 100_000, 5_000, 20_000),
    XL(1_000_000, 20_000, 500_000, 10_000_000, 1_000_000, 5_000, 200_000);

    private final int users;
    private final int communities;
    private final int discussions;
    private final int comments;
    private final int files;
    private final int bigThread;
    private final int events;

    GenerationSize(int users, int communities, int discussions, int comments, int files, int bigThread, int events) {
        this.users = users;
        this.communities = communities;
        this.discussions = discussions;
        this.comments = comments;
        this.files = files;
        this.bigThread = bigThread;
        this.events = events;
    }

    public static GenerationSize parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown size '" + name + "': use XS, S, L or XL");
        }
    }

    public int users() { return users; }
    public int communities() { return communities; }
    public int discussions() { return discussions; }
    public int comments() { return comments; }
    public int files() { return files; }
    public int bigThread() { return bigThread; }
    public int events() { return events; }

    /** Working groups among the communities. */
    public int workingGroups() {
        return Math.max(2, communities / 7);
    }
}
