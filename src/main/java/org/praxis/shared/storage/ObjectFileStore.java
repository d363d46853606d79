package org.praxis.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Files in an S3-compatible bucket. The bytes are first written to a temporary local file, so
 * their length is known and the upload is one PUT: an object appears whole or not at all, and a
 * reader never sees half of it.
 */
class ObjectFileStore implements FileStore, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    ObjectFileStore(ObjectStorageProperties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible services refuse the
                // trailing checksums the SDK otherwise adds to every upload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(properties.endpoint()));
        }
        if (properties.accessKey() != null && !properties.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = properties.bucket();
        this.prefix = properties.prefix();
    }

    @Override
    public String put(InputStream content) throws IOException {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
        Path staged = Files.createTempFile("praxis-upload-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(staged)) {
                content.transferTo(out);
            }
            s3.putObject(b -> b.bucket(bucket).key(objectKey(key)), RequestBody.fromFile(staged));
            return key;
        } catch (SdkException e) {
            throw new IOException("object storage refused the file", e);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectKey(key)));
        } catch (SdkException e) {
            throw new IOException("no such file in object storage", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
        } catch (SdkException e) {
            throw new IOException("object storage did not delete the file", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a file key");
        }
        return prefix + key;
    }
}
