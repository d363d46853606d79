package org.praxis.discussion;

/** A file a member attaches, as the browser or API client named and sent it. */
public record FileUpload(String name, byte[] bytes) {
}
