package org.masthead.ingest.mail;

/**
 * The bytes of one message and where they came from.
 *
 * @param source the file's path, or {@code path#3} for the third message of an mbox file
 * @param bytes the message as it was stored (for an mbox message: without its "From " line, with "&gt;From " unescaped)
 */
public record RawMail(String source, byte[] bytes) {

    @Override
    public String toString() {
        return source + " (" + bytes.length + " bytes)";
    }
}
