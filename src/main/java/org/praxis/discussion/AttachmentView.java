package org.praxis.discussion;

/**
 * An attachment as readers see it: images are shown in the page, other files are links to
 * download. Its bytes are at {@code /c/{slug}/discussions/{discussionId}/attachments/{id}}.
 */
public record AttachmentView(long id, String name, String contentType, long size, boolean image) {
}
