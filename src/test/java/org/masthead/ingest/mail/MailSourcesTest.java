package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSourcesTest {

    @TempDir
    Path dir;

    private static String mail(String subject, String body) {
        return "From: a@b.example\nSubject: " + subject + "\n\n" + body + "\n";
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<RawMail> scan(MailSources.Scan scan) {
        List<RawMail> out = new ArrayList<>();
        scan.forEachRemaining(out::add);
        return out;
    }

    @Test
    void foldersAreReadRecursivelyInPathOrderAndOtherFilesAreSkipped() throws IOException {
        write("b/2.eml", mail("two", "x"));
        write("a/1.eml", mail("one", "x"));
        write("a/notes.txt", "From: not mail by name\n\n");
        write("a/inbox.mbox", "From a@b.example Mon Jan  1 10:00:00 2024\n" + mail("m1", "x") + "\n"
                + "From - \n" + mail("m2", "x"));
        write("a/cur/1700000000.M1.host,S=10:2,S", mail("maildir", "x"));
        write("a/README", "just words\n");
        try (MailSources.Scan scan = new MailSources().scan(List.of(dir, dir.resolve("missing.eml")))) {
            List<RawMail> mails = scan(scan);
            assertThat(mails).extracting(RawMail::source).containsExactly(
                    dir.resolve("a/1.eml").toString(),
                    dir.resolve("a/cur/1700000000.M1.host,S=10:2,S").toString(),
                    dir.resolve("a/inbox.mbox") + "#1",
                    dir.resolve("a/inbox.mbox") + "#2",
                    dir.resolve("b/2.eml").toString());
            assertThat(scan.skipped()).isEqualTo(2);
            assertThat(scan.unreadable()).extracting(MailSources.Problem::reason).containsExactly("no such file or folder");
            assertThat(new String(mails.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo(mail("m1", "x"));
        }
    }

    @Test
    void mboxrdEscapesAreUndoneAndBodyLinesThatAreNoEnvelopeStay() throws Exception {
        write("box.mbox", "\uFEFFFrom - \n" + mail("one", "Hi\n\n>From the start\n>>From deeper\n\nFrom Russia with love\nYear: 1963")
                + "\nFrom someone@example.com Tue Feb  2 10:00:00 2021\n" + mail("two", "x"));
        List<RawMail> mails;
        try (MailSources.Scan scan = new MailSources().scan(List.of(dir.resolve("box.mbox")))) {
            mails = scan(scan);
        }
        assertThat(mails).hasSize(2);
        ParsedMail one = new MailParser().parse(mails.get(0).bytes());
        assertThat(one.subject()).isEqualTo("one");
        assertThat(one.bodyText()).contains("From the start", ">From deeper", "From Russia with love\nYear: 1963");
    }

    @Test
    void aLargeMboxIsReadMessageByMessage() throws Exception {
        Path big = dir.resolve("big.mbox");
        int n = 3000;
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < n; i++) {
                out.write(("From sender@example.com Sat Jan  1 00:00:00 2000\n" + mail("message " + i, "x".repeat(2000)) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
        MailParser parser = new MailParser();
        int count = 0;
        try (MailSources.Scan scan = new MailSources().scan(List.of(big))) {
            while (scan.hasNext()) {
                RawMail raw = scan.next();
                assertThat(raw.bytes().length).isLessThan(3000); // one message at a time, never the file
                assertThat(parser.parse(raw.bytes()).subject()).isEqualTo("message " + count);
                count++;
            }
        }
        assertThat(count).isEqualTo(n);
    }
}
