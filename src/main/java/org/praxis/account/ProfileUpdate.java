package org.praxis.account;

import java.util.List;

/**
 * The fields a member may change on their own profile. Nothing else (e-mail, staff role,
 * suspension) can be set this way, whatever a form or API request adds.
 */
public record ProfileUpdate(String displayName, String realName, String institution, String country,
                            List<String> languages, List<String> interests, String bio) {
}
