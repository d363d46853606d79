package org.praxis.account;

import java.util.List;

/** One line of the member directory: only what every signed-in member may see. */
public record MemberCard(long id, String displayName, InstitutionRef institution, String country,
                         List<String> interests, String avatarUrl) {
}
