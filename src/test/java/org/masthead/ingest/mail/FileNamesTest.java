package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsDrivesAndReservedCharactersAreRemoved() {
        assertThat(FileNames.clean("/evil/because:of\\path\\3d-compress.gif")).isEqualTo("3d-compress.gif");
        assertThat(FileNames.clean("C:report.docx")).isEqualTo("report.docx");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("what?<now>|.pdf")).isEqualTo("what__now__.pdf");
        assertThat(FileNames.clean("con.txt")).isEqualTo("_con.txt");
    }

    @Test
    void controlsNewlinesDotsAndBidiOverridesGo() {
        assertThat(FileNames.clean("a\nb\tc.txt")).isEqualTo("a b c.txt");
        assertThat(FileNames.clean("...hidden")).isEqualTo("hidden");
        assertThat(FileNames.clean("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(FileNames.clean("name. . ")).isEqualTo("name");
    }

    @Test
    void emptyNamesBecomeAttachmentAndLongNamesKeepTheirExtension() {
        assertThat(FileNames.clean(null)).isEqualTo("attachment");
        assertThat(FileNames.clean(" / ")).isEqualTo("attachment");
        assertThat(FileNames.clean("\u0000\u0001")).isEqualTo("attachment");
        String cleaned = FileNames.clean("x".repeat(500) + ".docx");
        assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith(".docx");
    }

    @Test
    void collisionsGetANumberBeforeTheExtensionIgnoringCase() {
        assertThat(FileNames.unique("a.pdf", List.of("b.pdf"))).isEqualTo("a.pdf");
        assertThat(FileNames.unique("A.pdf", List.of("a.pdf", "A (2).pdf"))).isEqualTo("A (3).pdf");
        assertThat(FileNames.unique("notes", List.of("notes"))).isEqualTo("notes (2)");
    }
}
