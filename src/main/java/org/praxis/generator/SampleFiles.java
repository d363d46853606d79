package org.praxis.generator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.praxis.shared.OnePagePdf;
import org.praxis.shared.storage.FileStore;

/**
 * The few real files that generated attachments point to (so a download answers with real
 * bytes of the type the record says), and the pictures used as avatars, logos and banners.
 * Many attachment records share one stored file: the store holds a dozen files, not a million.
 */
final class SampleFiles {

    /** A stored file: its key, type, extension and size. */
    record Stored(String key, String contentType, String extension, long size) {
    }

    private SampleFiles() {
    }

    static List<Stored> store(FileStore store, SplittableRandom random) throws IOException {
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stored.add(put(store, OnePagePdf.of("Praxis sample document " + (i + 1),
                    "Generated test data. Lorem ipsum for load tests, page " + (i + 1) + "."), "application/pdf", "pdf"));
        }
        for (int i = 0; i < 3; i++) {
            stored.add(put(store, picture(random, 640, 400), "image/png", "png"));
        }
        StringBuilder csv = new StringBuilder("country,programme,households,coverage_pct\n");
        for (int i = 0; i < 40; i++) {
            csv.append(People.pick(random, People.COUNTRIES).en().replace(",", "")).append(",programme ").append(i + 1)
                    .append(',').append(1000 + random.nextInt(900_000)).append(',').append(random.nextInt(100)).append('\n');
        }
        stored.add(put(store, csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "csv"));
        String notes = "Meeting notes\n\n1. Welcome and introductions\n2. Updates from member countries\n"
                + "3. Next steps for the guidance note\n\nNext meeting: first Tuesday of the month.\n";
        stored.add(put(store, notes.getBytes(StandardCharsets.UTF_8), "text/plain", "txt"));
        return stored;
    }

    private static Stored put(FileStore store, byte[] bytes, String contentType, String extension) throws IOException {
        return new Stored(store.put(new ByteArrayInputStream(bytes)), contentType, extension, bytes.length);
    }

    /** A small picture of soft overlapping circles, encoded as PNG. */
    static byte[] picture(SplittableRandom random, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(Color.HSBtoRGB(random.nextFloat(), 0.35f, 0.95f)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(Color.HSBtoRGB(random.nextFloat(), 0.6f, 0.8f) & 0x00FFFFFF | 0x88000000, true));
                int d = (int) (Math.min(width, height) * (0.3 + random.nextDouble() * 0.6));
                g.fillOval(random.nextInt(width) - d / 2, random.nextInt(height) - d / 2, d, d);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
