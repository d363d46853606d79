package org.praxis.notification;

import java.util.List;

import org.praxis.community.CommunityRef;

/**
 * A page of notifications, newest first, with the communities they come from (for the filter),
 * the unread count and where older ones start ({@code olderThan} null when there are none).
 */
public record NotificationPage(List<NotificationView> items, List<CommunityRef> communities, long unread, Long olderThan) {
}
