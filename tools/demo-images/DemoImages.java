import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the two pictures of the demo publication (a stylised river city at dusk and a
 * rain garden by a canal). Run from the project folder:
 * {@code java -Djava.awt.headless=true tools/demo-images/DemoImages.java assets/demo/images}.
 * Fixed seeds, so the same pictures come out every time.
 */
public class DemoImages {

    static final int W = 640;
    static final int H = 400;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "assets/demo/images");
        out.mkdirs();
        write(riverCity(), new File(out, "river-city-dusk.jpg"));
        write(rainGarden(), new File(out, "rain-garden-canal.jpg"));
    }

    static BufferedImage riverCity() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setPaint(new GradientPaint(0, 0, new Color(38, 44, 92), 0, H * 0.62f, new Color(240, 150, 90)));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(255, 214, 150));
        g.fillOval(430, 170, 70, 70);
        Random r = new Random(7);
        int x = 0;
        while (x < W) {
            int w = 22 + r.nextInt(40);
            int h = 60 + r.nextInt(150);
            if (r.nextInt(9) == 0) h += 70;
            g.setColor(new Color(28 + r.nextInt(18), 30 + r.nextInt(18), 52 + r.nextInt(20)));
            g.fillRect(x, 250 - h, w, h + 4);
            g.setColor(new Color(255, 210, 120, 170));
            for (int wy = 250 - h + 8; wy < 244; wy += 11) {
                for (int wx = x + 4; wx < x + w - 5; wx += 8) if (r.nextInt(4) == 0) g.fillRect(wx, wy, 3, 5);
            }
            x += w + r.nextInt(4);
        }
        g.setPaint(new GradientPaint(0, 250, new Color(60, 70, 120), 0, H, new Color(20, 28, 60)));
        g.fillRect(0, 250, W, H - 250);
        g.setColor(new Color(255, 200, 140, 90));
        for (int i = 0; i < 60; i++) {
            int yy = 256 + r.nextInt(140);
            int xx = 380 + r.nextInt(160) - (yy - 250) / 3;
            g.fillRect(xx, yy, 20 + r.nextInt(50), 2);
        }
        g.setColor(new Color(16, 18, 30));
        g.setStroke(new BasicStroke(5));
        g.drawLine(0, 300, W, 286);
        for (int px = 40; px < W; px += 90) g.fillRect(px, 290 - px / 45, 6, 40);
        g.dispose();
        return img;
    }

    static BufferedImage rainGarden() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setPaint(new GradientPaint(0, 0, new Color(170, 200, 215), 0, 160, new Color(225, 232, 228)));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(150, 160, 170));
        for (int i = 0; i < 7; i++) g.fillRect(30 + i * 88, 60 + (i % 3) * 18, 60, 110);
        Color[] greens = {new Color(96, 140, 80), new Color(120, 160, 90), new Color(80, 122, 70), new Color(140, 170, 100)};
        for (int band = 0; band < 4; band++) {
            Path2D p = new Path2D.Double();
            double y0 = 160 + band * 45;
            p.moveTo(0, y0);
            for (int xx = 0; xx <= W; xx += 20) p.lineTo(xx, y0 + Math.sin(xx / 70.0 + band) * 10);
            p.lineTo(W, H);
            p.lineTo(0, H);
            p.closePath();
            g.setColor(greens[band]);
            g.fill(p);
        }
        Path2D canal = new Path2D.Double();
        canal.moveTo(250, H);
        canal.curveTo(300, 320, 420, 260, 640, 230);
        canal.lineTo(640, 262);
        canal.curveTo(460, 290, 360, 340, 340, H);
        canal.closePath();
        g.setPaint(new GradientPaint(300, 380, new Color(70, 120, 160), 620, 240, new Color(140, 190, 210)));
        g.fill(canal);
        Random r = new Random(11);
        for (int i = 0; i < 90; i++) {
            int xx = r.nextInt(W);
            int yy = 180 + r.nextInt(210);
            g.setColor(new Color(60 + r.nextInt(60), 110 + r.nextInt(60), 50 + r.nextInt(40)));
            g.fillOval(xx, yy, 8 + r.nextInt(14), 6 + r.nextInt(10));
        }
        g.setColor(new Color(240, 240, 240, 120));
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i < 160; i++) {
            int xx = r.nextInt(W);
            int yy = r.nextInt(H);
            g.drawLine(xx, yy, xx - 3, yy + 12);
        }
        g.dispose();
        return img;
    }

    static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    static void write(BufferedImage img, File f) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.8f);
        f.delete(); // the stream would otherwise leave the tail of a longer old file in place
        try (ImageOutputStream out = ImageIO.createImageOutputStream(f)) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }
}
