package org.praxis.account;

import java.time.Instant;

/** An account as staff see it in the accounts list. */
public record StaffAccountRow(long id, String email, String displayName, String realName, boolean verified,
                              boolean suspended, boolean staff, Instant createdAt) {
}
