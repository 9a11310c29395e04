package org.masthead.ingest.mail;

/**
 * A file that came with a message.
 *
 * @param fileName a safe name ({@link FileNames#clean}), unique within its message
 * @param originalName the name as the sender's headers gave it, decoded; null when there was none
 * @param contentType the MIME type in lower case, e.g. {@code application/pdf}; a nested message is {@code message/rfc822}
 * @param data the decoded bytes (a nested message: its bytes as an .eml file)
 * @param inline shown inside the message (an inline image) rather than attached to it
 */
public record MailAttachment(String fileName, String originalName, String contentType, byte[] data, boolean inline) {

    public MailAttachment {
        data = data == null ? new byte[0] : data;
    }

    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + data.length + " bytes" + (inline ? ", inline" : "") + ")";
    }
}
