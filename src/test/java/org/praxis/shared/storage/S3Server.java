package org.praxis.shared.storage;

import java.net.ServerSocket;
import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/** An S3 API server (s3proxy over an in-memory blob store) in the test's process, with one bucket. */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "praxis";
    public static final String SECRET_KEY = "praxis-secret";

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final String endpoint;
    private final String bucket;

    private S3Server(S3Proxy proxy, BlobStore blobs, String endpoint, String bucket) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    public static S3Server start(String bucket) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            BlobStore blobs = ContextBuilder.newBuilder("transient").build(BlobStoreContext.class).getBlobStore();
            blobs.createContainerInLocation(null, bucket);
            String endpoint = "http://127.0.0.1:" + port;
            S3Proxy proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create(endpoint))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
            return new S3Server(proxy, blobs, endpoint, bucket);
        } catch (Exception e) {
            throw new IllegalStateException("the S3 test server did not start", e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    public boolean exists(String objectKey) {
        return blobs.blobExists(bucket, objectKey);
    }

    public long count() {
        return blobs.list(bucket).size();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
