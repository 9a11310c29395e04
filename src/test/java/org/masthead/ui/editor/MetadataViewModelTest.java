package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.TextDirection;

class MetadataViewModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Article article() {
        ArticleContent c = ArticleContent.EMPTY.withHeadline("H").withTags(List.of("a", "b"))
                .withByline(List.of(new Author("Li Wei", "Professor"))).withLanguage("zh-Hans");
        return Article.create(c, Instant.parse("2026-01-01T00:00:00Z")).withEmbargo(Instant.parse("2026-03-01T01:30:00Z"));
    }

    @Test
    void tagsAreSplitOnAsciiAndChineseCommasWithoutBlanksOrRepeats() {
        assertThat(MetadataViewModel.parseTags(" economy, china，economy ,, 观点、 series ")).containsExactly("economy", "china", "观点", "series");
        assertThat(MetadataViewModel.parseTags("")).isEmpty();
    }

    @Test
    void loadingIsNotAnEditButChangingAFieldIs() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article(), SHANGHAI);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.headlineProperty().set("New");
        assertThat(vm.dirtyProperty().get()).isTrue();
        long v = vm.version();
        vm.markSaved(v);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.byline().get(0).titleProperty().set("Dean");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aSaveOnlyClearsTheEditsItSaw() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article(), SHANGHAI);
        vm.headlineProperty().set("One");
        long snapshotVersion = vm.version();
        vm.headlineProperty().set("Two");
        vm.markSaved(snapshotVersion);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void theSnapshotHoldsParsedFieldsAndSkipsEmptyAuthorRows() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article(), SHANGHAI);
        vm.addAuthor();
        vm.addAuthor();
        vm.byline().get(2).nameProperty().set("  Sam Doe ");
        vm.tagsProperty().set("x, y");
        MetadataViewModel.Snapshot s = vm.snapshot();
        assertThat(s.content().byline()).containsExactly(new Author("Li Wei", "Professor"), new Author("Sam Doe", ""));
        assertThat(s.content().tags()).containsExactly("x", "y");
        assertThat(s.content().language()).isEqualTo("zh-Hans");
    }

    @Test
    void theEmbargoIsReadInThePublicationsZone() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article(), SHANGHAI);
        assertThat(vm.embargoDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vm.embargoTimeProperty().get()).isEqualTo("09:30");
        vm.embargoTimeProperty().set("10:00");
        assertThat(vm.embargo()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        vm.embargoTimeProperty().set("10:");
        assertThat(vm.embargo()).as("a half-typed time keeps the last good one").isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        vm.embargoDateProperty().set(null);
        assertThat(vm.embargo()).isNull();
    }

    @Test
    void theDirectionFollowsTheLanguage() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.languageProperty().set("ar");
        assertThat(vm.directionProperty().get()).isEqualTo(TextDirection.RTL);
        vm.languageProperty().set("zh-Hant");
        assertThat(vm.directionProperty().get()).isEqualTo(TextDirection.LTR);
    }

    @Test
    void scheduleTimesAreParsedWithAReadableError() {
        assertThat(MetadataViewModel.parseDateTime("2026-03-01 09:30", SHANGHAI)).isEqualTo(Instant.parse("2026-03-01T01:30:00Z"));
        assertThatThrownBy(() -> MetadataViewModel.parseDateTime("tomorrow", SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date and time");
    }

    @Test
    void anEmbargoTimeThatIsNotATimeIsReportedNotDropped() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article(), SHANGHAI);
        assertThat(vm.embargoProblem()).isEmpty();
        vm.embargoTimeProperty().set("25:99");
        assertThat(vm.embargoProblem()).hasValueSatisfying(m -> assertThat(m).contains("25:99").contains("HH:MM"));
        vm.embargoTimeProperty().set("");
        assertThat(vm.embargoProblem()).isEmpty();
    }

    @Test
    void linkAddressesAreMadeAbsolute() {
        assertThat(FormatCommands.normalizeHref("example.org/page")).isEqualTo("https://example.org/page");
        assertThat(FormatCommands.normalizeHref("  https://a.org ")).isEqualTo("https://a.org");
        assertThat(FormatCommands.normalizeHref("letters@example.org")).isEqualTo("mailto:letters@example.org");
        assertThat(FormatCommands.normalizeHref("mailto:x@y.org")).isEqualTo("mailto:x@y.org");
        assertThat(FormatCommands.normalizeHref("https://")).isNull();
        assertThat(FormatCommands.normalizeHref(" ")).isNull();
    }

    @Test
    void datesAreReadAsEditorsTypeThem() {
        assertThat(MetadataViewModel.parseDate("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(MetadataViewModel.parseDate(" 2026/12/1 ")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(MetadataViewModel.parseDate("1.12.2026")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(MetadataViewModel.parseDate("2026-13-45")).isNull();
        assertThat(MetadataViewModel.parseDate("soon")).isNull();
    }

    @Test
    void aMistypedTimeKeepsTheEmbargoSetEarlierInTheSession() {
        MetadataViewModel vm = new MetadataViewModel();
        vm.load(article().withEmbargo(null), SHANGHAI);
        vm.embargoDateProperty().set(LocalDate.of(2026, 12, 1));
        vm.embargoTimeProperty().set("09:00");
        assertThat(vm.embargo()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        vm.embargoTimeProperty().set("25:99");
        assertThat(vm.embargo()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(vm.embargoProblem()).isPresent();
    }
}
