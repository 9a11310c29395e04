package org.masthead.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;

/** External entities, zip bombs and nesting: a hostile .docx costs bounded time and memory and reaches no network. */
class DocxSafetyTest {

    @Test
    void anExternalEntityIsNeverFetched() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening until the test closes the socket
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/secret";
            String prolog = "<!DOCTYPE w:document [<!ENTITY ext SYSTEM \"" + url + "\"><!ENTITY % p SYSTEM \"" + url
                    + "/dtd\"> %p;]>";
            byte[] docx = TestFiles.docx(TestFiles.document(prolog, "<w:p><w:r><w:t>before &ext; after</w:t></w:r></w:p>"));

            AttachmentContent c = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> new AttachmentReader().read("xxe.docx", null, docx));

            Thread.sleep(300); // give a stray connection time to arrive
            assertThat(connections).hasValue(0);
            assertThat(c).isInstanceOf(AttachmentContent.Text.class);
            assertThat(((AttachmentContent.Text) c).plainText()).isEqualTo("before  after");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", new byte[20 << 20]); // 20 MB of zeros squeezes to ~20 KB
        byte[] bomb = TestFiles.zip(parts, false);
        AttachmentReader reader = new AttachmentReader(new AttachmentReader.Limits(50L << 20, 5L << 20, 1000));
        AttachmentContent c = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read("bomb.docx", null, bomb));
        assertThat(c).isInstanceOf(AttachmentContent.Failed.class);
        assertThat(((AttachmentContent.Failed) c).reason()).contains("zip bomb");
    }

    @Test
    void deepNestingAndBrokenXmlFailOrReadWithoutEscaping() {
        // Deep enough to pass the walker's limit, small enough not to look like a zip bomb to POI.
        String deep = "<w:tbl><w:tr><w:tc>".repeat(300) + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>".repeat(300);
        AttachmentContent nested = new AttachmentReader().read("deep.docx", null,
                TestFiles.docx(TestFiles.document("", "<w:p><w:r><w:t>top</w:t></w:r></w:p>" + deep)));
        assertThat(nested).isInstanceOf(AttachmentContent.Text.class);
        assertThat(((AttachmentContent.Text) nested).document().blocks()).startsWith(Block.Paragraph.of("top"));

        AttachmentContent broken = new AttachmentReader().read("broken.docx", null,
                TestFiles.docx(TestFiles.document("", "<w:p><w:r><w:t>unclosed")));
        assertThat(broken).isInstanceOf(AttachmentContent.Failed.class);
        assertThat(((AttachmentContent.Failed) broken).reason()).startsWith("damaged .docx: /word/document.xml is not well-formed XML");
    }

    @Test
    void hyperlinkFieldsKeepOnlyWebAndMailAddresses() {
        assertThat(WordFields.hyperlink(" HYPERLINK \"https://example.org/a b\" \\o \"tip\" ")).isEqualTo("https://example.org/a%20b");
        assertThat(WordFields.hyperlink("HYPERLINK \\l \"_Toc1\"")).isNull();
        assertThat(WordFields.hyperlink("HYPERLINK \"javascript:alert(1)\"")).isNull();
        assertThat(WordFields.hyperlink("HYPERLINK mailto:a@example.org")).isEqualTo("mailto:a@example.org");
        assertThat(WordFields.hyperlink("PAGEREF _Toc1 \\h")).isNull();
    }
}
