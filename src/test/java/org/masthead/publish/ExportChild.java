package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for {@link ExportKillTest}: exports {@code PAGES} large pages of version
 * {@code VERSION} into {@code TARGET}, saying "RENDER i" as each page is made (pages are made a
 * few ahead of the one being written) and "PAGE i" once i pages are settled (the next file is
 * being written the moment after), slowly enough to be killed in the middle.
 */
public final class ExportChild {

    static final int SIZE = 256 * 1024;

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int version = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        new Exporter().export(site(version, n, true), target, Exporter.Options.INCREMENTAL, (done, total, path) -> {
            System.out.println("PAGE " + done);
            System.out.flush();
        });
        System.out.println("DONE");
    }

    static SiteSource site(int version, int n, boolean loud) {
        List<SitePage> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int page = i;
            pages.add(new SitePage(path(i), "v" + version, () -> {
                if (loud) {
                    try {
                        Thread.sleep(15);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.out.println("RENDER " + page);
                    System.out.flush();
                }
                return bytes(version, page);
            }));
        }
        return () -> pages;
    }

    static String path(int i) {
        return "pages/" + (i % 4) + "/" + i + ".html";
    }

    static byte[] bytes(int version, int page) {
        byte[] line = ("version " + version + " of page " + page + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[SIZE + version]; // the versions differ in size too
        for (int i = 0; i < out.length; i++) out[i] = line[i % line.length];
        return out;
    }
}
