package org.praxis.library;

import java.util.List;

import org.praxis.shared.storage.DocumentTypes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on community files, set under {@code praxis.files.*}: the largest file, how many files
 * one upload may carry, the space each community's files may take together, the kinds of file
 * accepted (found from the bytes), and the most pixels a picture may claim.
 */
@ConfigurationProperties("praxis.files")
public record FileLimits(DataSize maxSize, Integer maxCount, DataSize communityQuota, List<String> types,
                         Long maxImagePixels) {

    public FileLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
        maxCount = maxCount == null ? 10 : maxCount;
        communityQuota = communityQuota == null ? DataSize.ofGigabytes(5) : communityQuota;
        types = types == null || types.isEmpty() ? DocumentTypes.DOCUMENTS : List.copyOf(types);
        maxImagePixels = maxImagePixels == null ? 60_000_000L : maxImagePixels;
    }
}
