package org.praxis.discussion;

import java.util.List;

import org.praxis.shared.storage.DocumentTypes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on attachments, set under {@code praxis.attachments.*}: the largest file, how many
 * files one post may carry, and the content types accepted (found from the bytes, never taken
 * from the client).
 */
@ConfigurationProperties("praxis.attachments")
public record AttachmentLimits(DataSize maxSize, Integer maxCount, List<String> types) {

    /** Images shown in the page; every other accepted type is offered as a download. */
    public static final List<String> INLINE_IMAGES = DocumentTypes.INLINE_IMAGES;

    public AttachmentLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        maxCount = maxCount == null ? 5 : maxCount;
        types = types == null || types.isEmpty() ? DocumentTypes.DOCUMENTS : List.copyOf(types);
    }
}
