package org.masthead.triage;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses the language of a submission as an ISO 639-1 code, or {@value #UNDETERMINED}. Texts
 * of a few dozen letters go to Tika's Optimaize detector (Tika loads its models once per JVM,
 * on first use, which takes a moment: {@link #preload}); texts too short for statistics, and texts the detector is
 * unsure of, fall back to their script. Chinese and Japanese are told apart by script alone
 * (kana means Japanese), which is both faster and more reliable than n-grams of Han characters.
 * The guess is a suggestion: the reviewer can change it.
 */
public final class LanguageGuess {

    public static final String UNDETERMINED = "und";

    /** Fewer letters than this and n-gram statistics are noise. */
    static final int MIN_LETTERS_FOR_DETECTOR = 24;

    /** The detector reads no more than this; a long text's start is enough and costs less. */
    static final int MAX_CHARS = 500;

    private static final Map<UnicodeScript, String> BY_SCRIPT = Map.of(
            UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW, "he", UnicodeScript.CYRILLIC, "ru",
            UnicodeScript.HANGUL, "ko", UnicodeScript.GREEK, "el", UnicodeScript.THAI, "th",
            UnicodeScript.DEVANAGARI, "hi", UnicodeScript.ARMENIAN, "hy", UnicodeScript.GEORGIAN, "ka");

    private LanguageDetector detector;

    /**
     * Starts loading the detector's models on a thread of their own: Tika keeps them once per
     * JVM and reading them takes about half a second on a cold one, so a batch (an import) does
     * not wait for them at its first message while its other lanes wait for that lane.
     */
    public static void preload() {
        Thread t = new Thread(LanguageGuess::newDetector, "masthead-language-models");
        t.setDaemon(true);
        t.start();
    }

    private static LanguageDetector newDetector() {
        LanguageDetector d = new OptimaizeLangDetector().loadModels();
        // one pass over a sample of at most MAX_CHARS, instead of the repeated random trials of long-text mode
        d.setShortText(true);
        return d;
    }

    /** ISO 639-1 code of the text's language, e.g. "fr", "zh"; {@value #UNDETERMINED} when it cannot tell. */
    public String guess(String text) {
        if (text == null || text.isBlank()) return UNDETERMINED;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Scripts scripts = Scripts.of(sample);
        if (scripts.total() == 0) return UNDETERMINED;
        if (scripts.mostlyCjk()) return scripts.kana() > 0 ? "ja" : "zh";
        if (scripts.dominant() == UnicodeScript.HANGUL) return "ko";
        if (scripts.total() >= MIN_LETTERS_FOR_DETECTOR) {
            String detected = detect(sample);
            if (detected != null) return detected;
        }
        return BY_SCRIPT.getOrDefault(scripts.dominant(), UNDETERMINED);
    }

    private synchronized String detect(String sample) {
        if (detector == null) detector = newDetector();
        detector.reset();
        detector.addText(sample);
        List<LanguageResult> results = detector.detectAll();
        if (results.isEmpty()) return null;
        LanguageResult best = results.get(0);
        if (best.isUnknown() || !best.isReasonablyCertain()) return null;
        return TextLength.primary(best.getLanguage());
    }
}
