package org.praxis.community.internal;

import java.awt.image.BufferedImage;

import org.praxis.community.CommunityImageKind;
import org.praxis.shared.Images;
import org.praxis.shared.InputErrors;

/**
 * Turns an upload into a community's banner (a JPEG of at most 1600 by 400, proportions kept)
 * or logo (a PNG of at most 256 by 256, proportions kept, transparency kept). Only what decodes
 * as PNG, JPEG or GIF is accepted, whatever the upload claimed to be.
 */
public final class CommunityPictures {

    public static final int BANNER_WIDTH = 1600;
    public static final int BANNER_HEIGHT = 400;
    public static final int LOGO_SIZE = 256;
    private static final long MAX_PIXELS = 25_000_000L;

    /** Bytes to store and their content type. */
    public record Encoded(byte[] content, String contentType) {
    }

    private CommunityPictures() {
    }

    /** Problems are on the field named after the kind ({@code banner}, {@code logo}). */
    public static Encoded encode(CommunityImageKind kind, byte[] upload) {
        String field = kind.path();
        InputErrors errors = new InputErrors();
        if (upload == null || upload.length == 0) {
            errors.add(field, "communityImage.empty").throwIfAny();
        }
        if (upload.length > kind.maxBytes()) {
            errors.add(field, "communityImage.tooLarge", kind.maxMegabytes()).throwIfAny();
        }
        BufferedImage image = Images.decode(upload, MAX_PIXELS).orElse(null);
        if (image == null) {
            errors.add(field, "communityImage.notImage").throwIfAny();
        }
        return kind == CommunityImageKind.BANNER
                ? new Encoded(Images.jpeg(Images.fitWithin(image, BANNER_WIDTH, BANNER_HEIGHT, true), 0.85f), "image/jpeg")
                : new Encoded(Images.png(Images.fitWithin(image, LOGO_SIZE, LOGO_SIZE, false)), "image/png");
    }
}
