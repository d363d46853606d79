package org.praxis.account;

import java.time.Instant;
import java.util.List;

/**
 * A profile as one actor sees it. {@code realName} and {@code email} are null unless the actor
 * is the owner or staff.
 */
public record ProfileView(long id, String displayName, String realName, String email, InstitutionRef institution,
                          String country, List<String> languages, List<String> interests, String bio,
                          String avatarUrl, String preferredLanguage, Instant memberSince, boolean staff,
                          boolean suspended) {
}
