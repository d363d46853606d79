package org.praxis.account.internal;

import java.awt.image.BufferedImage;

import org.praxis.shared.Images;
import org.praxis.shared.InputErrors;

/**
 * Turns an uploaded picture into a small square PNG, through {@link Images}, which reads it
 * from its bytes and re-encodes it.
 */
public final class AvatarImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int SIZE = 256;
    private static final int MAX_PIXELS = 25_000_000;

    private AvatarImages() {
    }

    /** The PNG to store, or an {@link org.praxis.shared.InvalidInputException} on field "avatar". */
    public static byte[] toAvatarPng(byte[] upload) {
        InputErrors errors = new InputErrors();
        if (upload == null || upload.length == 0) {
            errors.add("avatar", "avatar.empty").throwIfAny();
        }
        if (upload.length > MAX_BYTES) {
            errors.add("avatar", "avatar.tooLarge", MAX_BYTES / (1024 * 1024)).throwIfAny();
        }
        BufferedImage image = Images.decode(upload, MAX_PIXELS).orElse(null);
        if (image == null) {
            errors.add("avatar", "avatar.notImage").throwIfAny();
        }
        return Images.png(Images.cropToSquare(image, SIZE));
    }
}
