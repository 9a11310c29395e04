package org.masthead.ingest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.BodyFactory;

/**
 * Keeps text parts as the bytes they are. mime4j's own factory decodes text with its charset
 * table while parsing, and a charset it does not know (UTF-7, "ks_c_5601-1987", a typo) turns
 * into question marks before we could choose better; {@link MimeParts} decodes them instead.
 * The charset given to mime4j is only a placeholder that maps bytes one to one.
 */
final class RawTextBodyFactory implements BodyFactory {

    private final BasicBodyFactory basic = new BasicBodyFactory();

    @Override
    public BinaryBody binaryBody(InputStream in) throws IOException {
        return basic.binaryBody(in);
    }

    @Override
    public TextBody textBody(InputStream in, String mimeCharset) throws IOException {
        return basic.textBody(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
