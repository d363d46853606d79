package org.praxis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Pictures are read from their bytes alone and scaled down keeping their proportions. */
class ImagesTest {

    @Test
    void pngJpegAndGifDecodeWhateverTheyClaimToBe() throws Exception {
        assertThat(Images.decode(picture("png", 30, 20), 1_000)).get().extracting(BufferedImage::getWidth).isEqualTo(30);
        assertThat(Images.decode(picture("jpg", 30, 20), 1_000)).isPresent();
        assertThat(Images.decode(picture("gif", 30, 20), 1_000)).isPresent();
    }

    @Test
    void svgScriptsBmpEmptyAndOversizedPicturesAreNotDecoded() throws Exception {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8);
        assertThat(Images.decode(svg, 1_000)).isEmpty();
        assertThat(Images.decode("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8), 1_000)).isEmpty();
        assertThat(Images.decode(picture("bmp", 10, 10), 1_000)).isEmpty();
        assertThat(Images.decode(new byte[0], 1_000)).isEmpty();
        assertThat(Images.decode(null, 1_000)).isEmpty();
        assertThat(Images.decode(picture("png", 40, 30), 1_000)).as("1200 pixels over a limit of 1000").isEmpty();
    }

    @Test
    void fitWithinKeepsProportionsAndNeverEnlarges() throws Exception {
        BufferedImage wide = new BufferedImage(3200, 400, BufferedImage.TYPE_INT_RGB);
        BufferedImage fitted = Images.fitWithin(wide, 1600, 400, true);
        assertThat(fitted.getWidth()).isEqualTo(1600);
        assertThat(fitted.getHeight()).isEqualTo(200);

        BufferedImage tall = Images.fitWithin(new BufferedImage(100, 1000, BufferedImage.TYPE_INT_RGB), 256, 256, false);
        assertThat(tall.getWidth()).isEqualTo(26);
        assertThat(tall.getHeight()).isEqualTo(256);

        BufferedImage small = Images.fitWithin(new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB), 256, 256, false);
        assertThat(small.getWidth()).isEqualTo(50);
        assertThat(small.getHeight()).isEqualTo(20);
    }

    @Test
    void jpegAndPngOutputDecodeAgain() throws Exception {
        BufferedImage image = Images.fitWithin(new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB), 200, 200, true);
        BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(Images.jpeg(image, 0.85f)));
        assertThat(jpeg.getWidth()).isEqualTo(200);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Images.png(Images.cropToSquare(image, 64))));
        assertThat(png.getWidth()).isEqualTo(64);
        assertThat(png.getHeight()).isEqualTo(64);
    }

    static byte[] picture(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
