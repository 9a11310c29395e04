package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.triage.ReplyTemplates.Rendered;

class ReplyTemplatesTest {

    static final Map<String, String> VALUES = Map.of("author", "Ana Lima", "title", "Give the rivers back to the cities",
            "deadline", "12 March", "editor", "Sam Okafor", "publication", "The Harbour Review");

    final ReplyTemplates defaults = ReplyTemplates.defaults();

    @Test
    void everyKindHasADefaultInFourLanguages() {
        assertThat(defaults.languages()).containsExactly("de", "en", "es", "fr");
        for (String lang : List.of("en", "fr", "de", "es")) {
            for (ReplyKind kind : ReplyKind.all()) {
                ReplyTemplate t = defaults.template(kind, lang);
                assertThat(t.language()).isEqualTo(lang);
                assertThat(t.body()).contains("{author}", "{title}", "{editor}", "{publication}");
                assertThat(ReplyTemplates.render(t, VALUES).isComplete()).as(kind + " " + lang).isTrue();
            }
        }
    }

    @Test
    void anAcceptanceIsInPrincipleSubjectToEditsAndTheAuthorsApproval() {
        Rendered r = ReplyTemplates.render(defaults.template(ReplyKind.ACCEPT, "en"), VALUES);
        assertThat(r.subject()).isEqualTo("Give the rivers back to the cities: accepted in principle");
        assertThat(r.body()).startsWith("Dear Ana Lima,").contains("in principle", "edited", "approved", "by 12 March")
                .endsWith("Sam Okafor\nThe Harbour Review");
        assertThat(ReplyTemplates.render(defaults.template(ReplyKind.ACCEPT, "fr"), VALUES).body()).contains("accord de principe");
        assertThat(ReplyTemplates.render(defaults.template(ReplyKind.ACCEPT, "de"), VALUES).body()).contains("freigegeben");
    }

    @Test
    void aMissingLanguageFallsBackToEnglishAndRegionsFindTheirLanguage() {
        assertThat(defaults.template(ReplyKind.DECLINE, "zh").language()).isEqualTo("en");
        assertThat(defaults.template(ReplyKind.DECLINE, null).language()).isEqualTo("en");
        assertThat(defaults.template(ReplyKind.REVISE, "fr-CA").language()).isEqualTo("fr");
        ReplyTemplates onlyItalian = new ReplyTemplates(List.of(new ReplyTemplate(ReplyKind.DECLINE, "it", "{title}", "Gentile {author}")));
        assertThat(onlyItalian.template(ReplyKind.ACCEPT, "it")).isEqualTo(defaults.template(ReplyKind.ACCEPT, "en"));
    }

    @Test
    void unknownFieldsAndMissingValuesAreReportedAndLeftVisible() {
        ReplyTemplate t = new ReplyTemplate(ReplyKind.DECLINE, "en", "Re {title}", "Dear {autor},\nby {deadline}; {editor} {{x} { } $1 \\");
        Rendered r = ReplyTemplates.render(t, Map.of("title", "Rivers", "editor", "Sam $1", "deadline", " "));
        assertThat(r.unknownFields()).containsExactly("autor", "x");
        assertThat(r.missingValues()).containsExactly("deadline");
        assertThat(r.body()).isEqualTo("Dear {autor},\nby {deadline}; Sam $1 {{x} { } $1 \\");
        assertThat(r.isComplete()).isFalse();
        assertThat(ReplyTemplates.render(t.withSubject("{title}"), Map.of("title", "A\r\nB")).subject()).isEqualTo("A B");
    }

    @Test
    void anEditedSetSurvivesJson() {
        ReplyTemplate edited = defaults.template(ReplyKind.DECLINE, "es").withBody("Estimado/a {author}: no, gracias. «{title}»");
        ReplyTemplates set = defaults.with(edited).with(new ReplyTemplate(ReplyKind.ACCEPT, "pt", "{title}", "Cara {author}"));
        String json = set.toJson();
        assertThat(json).contains("\"formatVersion\" : 1", "\"kind\" : \"decline\"", "no, gracias");
        ReplyTemplates back = ReplyTemplates.fromJson(json);
        assertThat(back).isEqualTo(set);
        assertThat(back.template(ReplyKind.DECLINE, "es").body()).isEqualTo("Estimado/a {author}: no, gracias. «{title}»");
        assertThat(back.languages()).contains("pt");
        assertThat(back.templates()).hasSize(defaults.templates().size() + 1);
    }

    @Test
    void badJsonGetsAClearMessage() {
        assertThatThrownBy(() -> ReplyTemplates.fromJson("{not json")).hasMessageStartingWith("the reply templates are not valid");
        assertThatThrownBy(() -> ReplyTemplates.fromJson("{\"formatVersion\":1,\"templates\":[{\"kind\":\"praise\",\"language\":\"en\"}]}"))
                .hasMessageContaining("praise");
        assertThatThrownBy(() -> ReplyTemplates.fromJson("{\"formatVersion\":7,\"templates\":[]}")).hasMessageContaining("newer Masthead");
        assertThatThrownBy(() -> ReplyTemplates.fromJson("{\"formatVersion\":1,\"templates\":[{\"kind\":\"accept\"}]}"))
                .hasMessageContaining("needs a language");
        ReplyTemplate en = defaults.template(ReplyKind.ACCEPT, "en");
        assertThatThrownBy(() -> new ReplyTemplates(List.of(en, en))).hasMessageContaining("two accept templates for language 'en'");
    }
}
