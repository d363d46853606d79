package org.praxis.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.praxis.shared.InvalidInputException;

/** Uploaded pictures become small square PNGs; anything else is refused with a reason. */
class AvatarImagesTest {

    @Test
    void widePictureIsCroppedToASquareOfAtMost256() throws Exception {
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(AvatarImages.toAvatarPng(picture("jpg", 1200, 500))));
        assertThat(result.getWidth()).isEqualTo(256);
        assertThat(result.getHeight()).isEqualTo(256);
    }

    @Test
    void smallPictureIsNotEnlarged() throws Exception {
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(AvatarImages.toAvatarPng(picture("gif", 40, 60))));
        assertThat(result.getWidth()).isEqualTo(40);
    }

    @Test
    void textBmpAndTruncatedFilesAreNotPictures() throws Exception {
        assertRefused("<svg/>".getBytes(), "avatar.notImage");
        assertRefused(picture("bmp", 10, 10), "avatar.notImage");
        byte[] png = picture("png", 100, 100);
        assertRefused(java.util.Arrays.copyOf(png, 30), "avatar.notImage");
        assertRefused(new byte[0], "avatar.empty");
        assertRefused(new byte[AvatarImages.MAX_BYTES + 1], "avatar.tooLarge");
    }

    @Test
    void pictureClaimingGiantDimensionsIsRefusedBeforeDecoding() throws Exception {
        byte[] png = picture("png", 1, 1);
        // IHDR width and height live at bytes 16..23; claim 50000 x 50000.
        int[] size = {0, 0, 0xC3, 0x50};
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) size[i];
            png[20 + i] = (byte) size[i];
        }
        assertRefused(png, "avatar.notImage");
    }

    private static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> AvatarImages.toAvatarPng(bytes))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo(code));
    }

    static byte[] picture(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
