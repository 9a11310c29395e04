package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.ImageAsset;

class ImageStoreTest {

    @TempDir
    Path dir;
    private Backend backend;

    static byte[] picture(int w, int h, String format, Color c) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void theSameBytesTwiceAreStoredOnceWithTheirPixelSize() throws IOException {
        try (Database db = backend.open(dir.resolve("img.db"))) {
            ImageStore images = new ImageStore(db);
            byte[] png = picture(37, 23, "png", Color.ORANGE);
            ImageAsset a = images.put(png);
            ImageAsset b = images.put(png.clone());
            assertThat(b).isEqualTo(a);
            assertThat(images.count()).isEqualTo(1);
            assertThat(a.width()).isEqualTo(37);
            assertThat(a.height()).isEqualTo(23);
            assertThat(a.mime()).isEqualTo("image/png");
            assertThat(a.size()).isEqualTo(png.length);
            assertThat(a.sha256()).isEqualTo(RevisionPolicy.sha256(png));
            assertThat(images.info(a.sha256())).contains(a);
            assertThat(images.bytes(a.sha256())).hasValueSatisfying(v -> assertThat(v).isEqualTo(png));

            ImageAsset jpeg = images.put(picture(64, 48, "jpg", Color.BLUE));
            assertThat(jpeg.mime()).isEqualTo("image/jpeg");
            assertThat(jpeg.width()).isEqualTo(64);
            assertThat(images.count()).isEqualTo(2);
            assertThat(images.all()).extracting(ImageAsset::sha256).containsExactlyInAnyOrder(a.sha256(), jpeg.sha256());
        }
    }

    @BackendTest
    void aTextFileIsRefusedAndNothingIsStored() {
        try (Database db = backend.open(dir.resolve("img.db"))) {
            ImageStore images = new ImageStore(db);
            byte[] text = "This is a letter to the editor, not a photograph.\n".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> images.put(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a picture");
            assertThatThrownBy(() -> images.put(new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThat(images.count()).isZero();
            assertThat(images.info("0".repeat(64))).isEmpty();
        }
    }
}
