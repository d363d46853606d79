package org.praxis.community;

import java.util.List;

import org.praxis.policy.Privacy;

/** What a member types to create a community; {@code languages} are ISO 639-1 codes. */
public record NewCommunity(String name, String shortDescription, String description, Privacy privacy,
                           boolean approval, String eligibility, String moderatorAvailability, List<Long> topicIds,
                           List<String> languages) {

    /** A community whose languages are left to choose later. */
    public NewCommunity(String name, String shortDescription, String description, Privacy privacy, boolean approval,
                        String eligibility, String moderatorAvailability, List<Long> topicIds) {
        this(name, shortDescription, description, privacy, approval, eligibility, moderatorAvailability, topicIds,
                List.of());
    }
}
