package org.praxis.library;

import java.util.List;

/** How a community describes a document it shares in the public library, as typed. */
public record PublicationText(String title, String authors, Integer year, String publisher, String summary,
                              String language, Licence licence, List<Long> topicIds) {
}
