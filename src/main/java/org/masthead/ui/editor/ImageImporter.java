package org.masthead.ui.editor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import org.masthead.model.ImageAsset;
import org.masthead.model.text.Block;
import org.masthead.store.ImageStore;
import org.masthead.ui.shell.AppContext;

/**
 * Pictures into the article: from a file chooser, dropped files or the clipboard. Files are
 * read and stored on the worker; what is not a picture comes back as one clear message and
 * changes nothing.
 */
final class ImageImporter {

    static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "bmp");

    private final AppContext ctx;
    private final BlockInserter inserter;

    ImageImporter(AppContext ctx, BlockInserter inserter) {
        this.ctx = ctx;
        this.inserter = inserter;
    }

    void choose() {
        ctx.dialogs().openFile("Insert picture", EXTENSIONS).ifPresent(p -> insertFiles(List.of(p)));
    }

    void insertDropped(List<File> files) {
        insertFiles(files.stream().map(File::toPath).toList());
    }

    private record Outcome(List<Block> figures, List<String> problems) {
    }

    void insertFiles(List<Path> files) {
        ctx.tasks().run("store pictures", () -> {
            List<Block> figs = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
                try {
                    if (Files.size(f) > ImageStore.MAX_BYTES) {
                        problems.add(name + " is larger than " + (ImageStore.MAX_BYTES >> 20) + " MB");
                        continue;
                    }
                    ImageAsset a = ctx.images().put(Files.readAllBytes(f));
                    figs.add(new Block.Figure(a.sha256(), "", "", ""));
                } catch (IllegalArgumentException e) {
                    problems.add(describe(name, e.getMessage()));
                } catch (IOException e) {
                    problems.add(name + " could not be read: " + e.getMessage());
                }
            }
            return new Outcome(figs, problems);
        }, this::finish, this::failed);
    }

    /** A clipboard picture: pixels copied here on the FX thread, encoded and stored on the worker. */
    void insertImage(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        if (w <= 0 || h <= 0 || img.getPixelReader() == null) {
            ctx.dialogs().error("Insert picture", "The clipboard picture could not be read.");
            return;
        }
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        ctx.tasks().run("store pasted picture", () -> {
            BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            bi.setRGB(0, 0, w, h, argb, 0, w);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(bi, "png", out);
            ImageAsset a = ctx.images().put(out.toByteArray());
            return new Outcome(List.of(new Block.Figure(a.sha256(), "", "", "")), List.of());
        }, this::finish, this::failed);
    }

    private void finish(Outcome o) {
        if (!o.figures().isEmpty()) inserter.insertOwnParagraphs(o.figures());
        if (!o.problems().isEmpty()) ctx.dialogs().error("Insert picture", String.join("\n", o.problems()));
    }

    private void failed(Throwable e) {
        ctx.dialogs().error("Insert picture", "The picture could not be stored: " + e.getMessage());
    }

    /** "notes.txt is not a picture Masthead can use (PNG, JPEG, GIF or BMP)". */
    static String describe(String name, String problem) {
        if (problem == null) return name + " is not a picture Masthead can use";
        return problem.startsWith("not ") ? name + " is " + problem : name + ": " + problem;
    }
}
