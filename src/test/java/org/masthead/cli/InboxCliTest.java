package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masthead inbox ...} end to end on a real database file: the contract of issue 5, item 13. */
class InboxCliTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("m.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(dir, Clock.fixed(NOW, ZoneOffset.UTC)).run(all);
    }

    private static String mail(String id, String from, String subject, String body) {
        return "From " + from + " Thu Nov 26 10:00:00 2026\n" + "From: " + from + "\nTo: opinion@news.example\nSubject: " + subject
                + "\nDate: Thu, 26 Nov 2026 10:00:00 +0000\nMessage-ID: <" + id + ">\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n\n";
    }

    private static final String TEXT = ("Cities once buried their rivers under concrete and now dig them up again. ").repeat(12)
            + "I offer this exclusively and hope for an answer within 24 hours.";

    private Path mbox() throws Exception {
        Path f = dir.resolve("in.mbox");
        Files.writeString(f, mail("m1@ex.org", "ana@ex.org", "Rivers under the pavement", TEXT)
                + mail("m2@ex.org", "li@ex.org", "=?UTF-8?B?5rCU5YCZ5Y+Y5YyW?=", "气候变化正在改变我们的城市。".repeat(10))
                + "From junk@ex.org Thu Nov 26 10:00:00 2026\nX-Junk: 1\n\u0000\u0001\u0002 not a message\n\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void importListSearchTriageConvertAndTheFailedList() throws Exception {
        Path f = mbox();
        CliRunner.Result imp = run("inbox", "import", f.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("2 imported").contains("0 already there");
        CliRunner.Result again = run("inbox", "import", "--json", f.toString());
        assertThat(again.code()).isZero();
        JsonNode counts = new ObjectMapper().readTree(again.out());
        assertThat(counts.get("imported").asInt()).isZero();
        assertThat(counts.get("duplicates").asInt()).isEqualTo(2);

        JsonNode list = new ObjectMapper().readTree(run("inbox", "list", "--json").out());
        assertThat(list).hasSize(2);
        for (String field : new String[] {"id", "status", "kind", "title", "fromName", "fromEmail", "receivedAt", "language", "wordCount",
                "answerDue", "duplicateOf"}) {
            assertThat(list.get(0).has(field)).as(field).isTrue();
        }
        JsonNode rivers = list.get(0).get("title").asText().startsWith("Rivers") ? list.get(0) : list.get(1);
        assertThat(rivers.get("status").asText()).isEqualTo("new");
        assertThat(rivers.get("kind").asText()).isEqualTo("submission");
        assertThat(rivers.get("answerDue").asText()).isEqualTo("2026-11-27T10:00:00Z");
        long id = rivers.get("id").asLong();

        JsonNode hits = new ObjectMapper().readTree(run("inbox", "search", "rivers", "--json").out());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("snippet").asText()).contains("⟦");
        assertThat(new ObjectMapper().readTree(run("inbox", "search", "气候", "--json").out())).hasSize(1);

        assertThat(run("inbox", "due", "--hours", "2", "--json").out()).contains("Rivers under the pavement");
        assertThat(run("inbox", "set-status", String.valueOf(id), "shortlisted").code()).isZero();
        assertThat(new ObjectMapper().readTree(run("inbox", "list", "--status", "shortlisted", "--json").out())).hasSize(1);
        assertThat(run("inbox", "set-status", String.valueOf(id), "maybe").code()).isEqualTo(2);
        CliRunner.Result early = run("inbox", "convert", String.valueOf(id));
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("only an accepted submission");
        assertThat(run("inbox", "set-status", String.valueOf(id), "accepted").code()).isZero();
        CliRunner.Result conv = run("inbox", "convert", String.valueOf(id));
        assertThat(conv.code()).as(conv.err()).isZero();
        assertThat(conv.out()).contains("is now article");
        CliRunner.Result stuck = run("inbox", "set-status", String.valueOf(id), "new");
        assertThat(stuck.code()).isEqualTo(1);
        assertThat(stuck.err()).contains("converted");

        JsonNode failed = new ObjectMapper().readTree(run("inbox", "failed", "--json").out());
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("reason").asText()).isNotBlank();
        assertThat(failed.get(0).get("source").asText()).contains("in.mbox");
    }

    @Test
    void aMissingPathIsRefusedBeforeAnythingIsWritten() {
        CliRunner.Result r = run("inbox", "import", dir.resolve("nope.mbox").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist");
        assertThat(dir.resolve("m.db")).doesNotExist();
    }
}
