package org.praxis.library;

import java.time.Instant;
import java.util.List;

import org.praxis.community.CommunityRef;
import org.praxis.community.TopicView;

/**
 * A document of the public library for any reader. The community that shared it is named only
 * when the reader may see that community (null otherwise, so a hidden one stays unknown).
 */
public record PublicationView(long id, String title, String authors, Integer year, String publisher, String summary,
                              String language, Licence licence, List<TopicView> topics, String fileName,
                              String contentType, long sizeBytes, Instant publishedAt, CommunityRef community) {
}
