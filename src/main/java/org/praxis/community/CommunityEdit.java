package org.praxis.community;

import org.praxis.policy.Privacy;

/** What admins change on the settings page; {@code languages} are ISO 639-1 codes. */
public record CommunityEdit(String name, String shortDescription, String description, Privacy privacy,
                            boolean approval, String eligibility, String moderatorAvailability,
                            java.util.List<Long> topicIds, java.util.List<String> languages) {
}
