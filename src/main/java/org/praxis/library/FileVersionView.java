package org.praxis.library;

import java.time.Instant;

import org.praxis.account.MemberName;

/** One version of a file, newest first in a file's history. */
public record FileVersionView(int version, String fileName, String contentType, long sizeBytes, MemberName uploader,
                              Instant createdAt) {
}
