package org.praxis.account;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret. */
public record AccessTokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {
}
