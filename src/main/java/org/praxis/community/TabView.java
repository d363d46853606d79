package org.praxis.community;

/** A tab as one viewer sees it: its counter (null where nothing is counted), and whether admins hid it. */
public record TabView(CommunityTab tab, Long count, boolean hidden) {
}
