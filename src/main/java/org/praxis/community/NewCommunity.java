package org.praxis.community;

import org.praxis.policy.Privacy;

/** What a member types to create a community. */
public record NewCommunity(String name, String shortDescription, String description, Privacy privacy,
                           boolean approval, String eligibility, String moderatorAvailability, java.util.List<Long> topicIds) {
}
