package org.masthead.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subject reduced to what identifies a piece, for matching a follow-up that lost its
 * In-Reply-To header to the submission it answers: "Re: AW: Fwd: The River, Revisited!" and
 * "the river revisited" give the same key. Reply and forward prefixes of common mail programs
 * (English, German, French, Nordic, Dutch, Italian, Spanish, Portuguese, Polish, Chinese,
 * Arabic) are dropped, repeatedly; case, width and punctuation are ignored.
 */
public final class TitleKey {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(re|fw|fwd|aw|wg|tr|sv|vs|antw|antwort|r|rif|i|res|enc|odp|pd|回复|回覆|答复|答覆|转发|轉寄|转寄|رد|إعادة توجيه|تحويل)"
                    + "\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private TitleKey() {
    }

    public static String of(String subject) {
        if (subject == null) return "";
        String s = Normalizer.normalize(subject, Normalizer.Form.NFKC);
        String before;
        do {
            before = s;
            s = PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** An address as compared: trimmed and lower-cased. */
    static String sender(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
