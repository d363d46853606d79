package org.praxis.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads uploaded pictures from their bytes alone (the content type a client claims is never
 * trusted) and writes them out again. Decoding and re-encoding drops whatever else the file
 * carried: metadata, scripts in SVG-like payloads, trailing data.
 */
public final class Images {

    /** The formats we decode; anything else (SVG, BMP, TIFF...) is not a picture to us. */
    private static final Set<String> READABLE = Set.of("png", "jpeg", "gif");
    /**
     * A large picture takes about four bytes a pixel while it is decoded; two at a time keeps a
     * burst of uploads from exhausting the heap, the others wait their turn.
     */
    private static final java.util.concurrent.Semaphore DECODING = new java.util.concurrent.Semaphore(2, true);

    private Images() {
    }

    /**
     * The picture, if the bytes are a PNG, JPEG or GIF of at most {@code maxPixels} pixels.
     * The size is read before the pixels: a tiny file can claim a giant picture.
     */
    public static Optional<BufferedImage> decode(byte[] bytes, long maxPixels) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        return read(new ByteArrayInputStream(bytes), maxPixels, 0, 0);
    }

    /**
     * A small copy of the picture in {@code content}, if it is a PNG, JPEG or GIF of at most
     * {@code maxPixels} pixels: only every n-th pixel is decoded, so a large photo costs little
     * memory, and the result fits within {@code maxWidth} by {@code maxHeight}.
     */
    public static Optional<BufferedImage> preview(java.io.InputStream content, long maxPixels, int maxWidth, int maxHeight) {
        return read(content, maxPixels, maxWidth, maxHeight).map(image -> fitWithin(image, maxWidth, maxHeight, false));
    }

    /** Decodes the first picture; with a target size, reads only every n-th pixel on the way. */
    private static Optional<BufferedImage> read(java.io.InputStream content, long maxPixels, int targetWidth, int targetHeight) {
        try (ImageInputStream in = ImageIO.createImageInputStream(content)) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (!READABLE.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels <= 0 || pixels > maxPixels) {
                    return Optional.empty();
                }
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                if (targetWidth > 0 && targetHeight > 0) {
                    int step = Math.max(1, Math.min(width / (2 * targetWidth), height / (2 * targetHeight)));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                DECODING.acquireUninterruptibly();
                try {
                    return Optional.ofNullable(reader.read(0, param));
                } finally {
                    DECODING.release();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The centre square of the picture, at most {@code maxSide} pixels wide; never enlarged. */
    public static BufferedImage cropToSquare(BufferedImage source, int maxSide) {
        int side = Math.min(source.getWidth(), source.getHeight());
        int x = (source.getWidth() - side) / 2;
        int y = (source.getHeight() - side) / 2;
        int target = Math.min(maxSide, side);
        return draw(source, x, y, side, side, target, target, BufferedImage.TYPE_INT_ARGB);
    }

    /**
     * The whole picture scaled down to fit within {@code maxWidth} by {@code maxHeight}, keeping
     * its proportions; never enlarged. {@code opaque} paints transparent parts white (for JPEG).
     */
    public static BufferedImage fitWithin(BufferedImage source, int maxWidth, int maxHeight, boolean opaque) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / source.getWidth(),
                (double) maxHeight / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return draw(source, 0, 0, source.getWidth(), source.getHeight(), width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
    }

    /** JPEG of an opaque picture ({@link #fitWithin} with {@code opaque}), at the given quality (0 to 1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage draw(BufferedImage source, int x, int y, int width, int height,
                                      int targetWidth, int targetHeight, int type) {
        BufferedImage result = new BufferedImage(targetWidth, targetHeight, type);
        Graphics2D g = result.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, targetWidth, targetHeight);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, targetWidth, targetHeight, x, y, x + width, y + height, null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
