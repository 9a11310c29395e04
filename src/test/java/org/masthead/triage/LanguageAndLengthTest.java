package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.triage.TextLength.Length;
import org.masthead.triage.TextLength.Unit;

class LanguageAndLengthTest {

    static final String ENGLISH = "Our cities were built beside rivers, and then they turned their backs on them. "
            + "Bringing the water back into public life is cheaper than the next flood wall.";
    static final String FRENCH = "Nos villes ont été construites au bord des fleuves, puis elles leur ont tourné le dos. "
            + "Rendre l'eau à la vie publique coûte moins cher que la prochaine digue.";
    static final String GERMAN = "Unsere Städte wurden an Flüssen gebaut, und dann haben sie ihnen den Rücken gekehrt. "
            + "Das Wasser zurück ins öffentliche Leben zu holen, ist billiger als die nächste Hochwassermauer.";
    static final String SPANISH = "Nuestras ciudades se construyeron junto a los ríos y luego les dieron la espalda. "
            + "Devolver el agua a la vida pública es más barato que el próximo muro contra inundaciones.";
    static final String CHINESE = "我们的城市沿河而建，后来却背对河流。让水重新回到公共生活中，比修建下一道防洪墙更便宜。";
    static final String JAPANESE = "私たちの都市は川のそばに作られたが、やがて川に背を向けた。水を公共の生活に取り戻すことは、次の防潮堤より安い。";
    static final String ARABIC = "بنيت مدننا على ضفاف الأنهار، ثم أدارت لها ظهرها. إعادة الماء إلى الحياة العامة أرخص من بناء سد جديد.";
    static final String RUSSIAN = "Наши города строились у рек, а потом повернулись к ним спиной. "
            + "Вернуть воду в общественную жизнь дешевле, чем построить новую дамбу.";

    final LanguageGuess guess = new LanguageGuess();

    @Test
    void eightLanguagesAreRecognised() {
        assertThat(guess.guess(ENGLISH)).isEqualTo("en");
        assertThat(guess.guess(FRENCH)).isEqualTo("fr");
        assertThat(guess.guess(GERMAN)).isEqualTo("de");
        assertThat(guess.guess(SPANISH)).isEqualTo("es");
        assertThat(guess.guess(CHINESE)).isEqualTo("zh");
        assertThat(guess.guess(JAPANESE)).isEqualTo("ja");
        assertThat(guess.guess(ARABIC)).isEqualTo("ar");
        assertThat(guess.guess(RUSSIAN)).isEqualTo("ru");
    }

    @Test
    void shortTextsFallBackToTheirScript() {
        assertThat(guess.guess("河流")).isEqualTo("zh");
        assertThat(guess.guess("川のそば")).isEqualTo("ja");
        assertThat(guess.guess("الماء")).isEqualTo("ar");
        assertThat(guess.guess("מים")).isEqualTo("he");
        assertThat(guess.guess("Вода")).isEqualTo("ru");
        assertThat(guess.guess("강과 도시")).isEqualTo("ko");
        assertThat(guess.guess("Hi")).isEqualTo("und");
        assertThat(guess.guess("  ")).isEqualTo("und");
        assertThat(guess.guess("12 345 !!")).isEqualTo("und");
        assertThat(guess.guess(null)).isEqualTo("und");
    }

    @Test
    void chineseAndJapaneseAreCountedInCharactersOthersInWords() {
        assertThat(TextLength.of(ENGLISH, "en")).isEqualTo(new Length(28, Unit.WORDS));
        assertThat(TextLength.of("L'eau, c'est la vie.", "fr")).isEqualTo(new Length(4, Unit.WORDS));
        // 39 Han characters; the two commas and the two full stops are not counted
        assertThat(TextLength.of(CHINESE, "zh-TW")).isEqualTo(new Length(39, Unit.CHARACTERS));
        assertThat(TextLength.of("2026年的GDP。", "zh")).isEqualTo(new Length(4, Unit.CHARACTERS));
        assertThat(TextLength.of(JAPANESE, "ja").unit()).isEqualTo(Unit.CHARACTERS);
    }

    @Test
    void withoutALanguageTheScriptDecidesTheUnit() {
        assertThat(TextLength.of(CHINESE, null).unit()).isEqualTo(Unit.CHARACTERS);
        assertThat(TextLength.of(JAPANESE, "und").unit()).isEqualTo(Unit.CHARACTERS);
        assertThat(TextLength.of(RUSSIAN, "").unit()).isEqualTo(Unit.WORDS);
        assertThat(TextLength.of(null, null)).isEqualTo(new Length(0, Unit.WORDS));
        assertThat(new Length(1, Unit.CHARACTERS).label()).isEqualTo("1 character");
        assertThat(new Length(1234, Unit.WORDS).label()).isEqualTo("1,234 words");
    }
}
