package org.praxis.community;

/**
 * The tabs of a community page, in the order shown. A tab appears once its feature exists
 * ({@link #available}), so no tab leads nowhere; admins may hide any but About.
 */
public enum CommunityTab {
    HOME(true, "home"), ANNOUNCEMENTS(true, "announcements"), ABOUT(true, ""), MEMBERS(true, "members"),
    DISCUSSIONS(true, "discussions"), FILES(true, "files"), CALENDAR(true, "calendar"), PAGES(true, "pages");

    private final boolean available;
    private final String path;

    CommunityTab(boolean available, String path) {
        this.available = available;
        this.path = path;
    }

    public boolean available() {
        return available;
    }

    public boolean hideable() {
        return this != ABOUT;
    }

    /** The tab's address below {@code /c/{slug}}: empty for the landing page. */
    public String path() {
        return path;
    }
}
