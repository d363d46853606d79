package org.praxis.library;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.praxis.Browser;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** Files for the library's tests, and uploading them through the Files tab as a member does. */
public final class Filing {

    private Filing() {
    }

    public static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    /** Uploads files with the form's fields; the answer is the redirect (done) or the form again (refused). */
    public static MvcResult upload(Browser member, String slug, List<MockMultipartFile> files, String... fields) {
        member.get("/c/" + slug + "/files/upload");
        return member.postFiles("/c/" + slug + "/files/upload", files, fields);
    }

    /** The id of the file one upload made (the upload redirects to its page). */
    public static long uploadOne(Browser member, String slug, String name, byte[] bytes, String... fields) {
        MvcResult result = upload(member, slug, List.of(file(name, bytes)), fields);
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("upload refused: " + Browser.body(result));
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, 0x3366cc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A decompression bomb dressed as a picture: a valid PNG of a few kilobytes whose header
     * claims {@code side} by {@code side} pixels, with all its (black) rows deflated.
     */
    static byte[] pngBomb(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (side + 7) / 8];
        byte[] buffer = new byte[65536];
        for (int y = 0; y < side; y++) {
            deflater.setInput(row);
            int n;
            while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH)) > 0) {
                compressed.write(buffer, 0, n);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            compressed.write(buffer, 0, n);
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
