package org.praxis.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * S3-compatible object storage for uploaded files, set under {@code praxis.storage.s3.*}. When a
 * bucket is named, files go there instead of the local directory, so that several app nodes
 * share them. {@code endpoint} is for services other than AWS (MinIO, Ceph, Garage, OVH, Scaleway...);
 * {@code pathStyle} for those that do not serve buckets as sub-domains.
 */
@ConfigurationProperties("praxis.storage.s3")
public record ObjectStorageProperties(String bucket, String endpoint, String region, String accessKey, String secretKey,
                                      String prefix, boolean pathStyle) {

    public ObjectStorageProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "" : prefix;
    }

    public boolean enabled() {
        return bucket != null && !bucket.isBlank();
    }
}
