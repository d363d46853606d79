package org.praxis.account.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.praxis.shared.InputErrors;

/**
 * Turns an uploaded picture into a small square PNG. Decoding and re-encoding drops whatever
 * else the file carried (metadata, scripts in SVG-like payloads, trailing data).
 */
public final class AvatarImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int SIZE = 256;
    private static final int MAX_PIXELS = 40_000_000;

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
        BufferedImage image = decode(upload);
        if (image == null) {
            errors.add("avatar", "avatar.notImage").throwIfAny();
        }
        return encode(squareCrop(image));
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase();
                if (!format.equals("png") && !format.equals("jpeg") && !format.equals("gif")) {
                    return null;
                }
                // Read the size before the pixels: a tiny file can claim a giant picture.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage squareCrop(BufferedImage source) {
        int side = Math.min(source.getWidth(), source.getHeight());
        int x = (source.getWidth() - side) / 2;
        int y = (source.getHeight() - side) / 2;
        int target = Math.min(SIZE, side);
        BufferedImage result = new BufferedImage(target, target, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, target, target, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
    }
}
