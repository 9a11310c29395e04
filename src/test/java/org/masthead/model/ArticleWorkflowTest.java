package org.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

class ArticleWorkflowTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    final Instant t0 = Instant.parse("2015-10-20T07:40:00Z");

    Article ready() {
        ArticleContent c = ArticleContent.EMPTY.withHeadline("Water for megacities")
                .withByline(List.of(new Author("Zhang Min", "Vice President of the Forum")))
                .withBody(Document.of(Block.Paragraph.of("First words.")));
        return Article.create(c, t0).moveTo(ArticleStatus.EDITING, t0).moveTo(ArticleStatus.READY, t0);
    }

    @Test
    void publishingFreezesTheWorkingCopyAsThePublishedVersion() {
        Article p = ready().publish(t0, BEIJING);
        assertThat(p.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(p.published()).isEqualTo(p.content());
        assertThat(p.firstPublished()).isEqualTo(new Stamp(t0, BEIJING));
        assertThat(p.lastUpdated()).isEqualTo(p.firstPublished());
        assertThat(p.hasPendingUpdate()).isFalse();
    }

    @Test
    void editingAPublishedArticleMakesAPendingUpdateThatDoesNotGoLive() {
        Article p = ready().publish(t0, BEIJING);
        Article edited = p.withContent(p.content().withBody(Document.of(Block.Paragraph.of("Changed words."))), t0.plusSeconds(60));
        assertThat(edited.hasPendingUpdate()).isTrue();
        assertThat(edited.published()).isEqualTo(p.published());
        assertThat(edited.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void republishingWithACorrectionNoteKeepsFirstPublishedAndDatesTheNote() {
        Article p = ready().publish(t0, BEIJING);
        Instant t1 = t0.plusSeconds(3600);
        Article u = p.withContent(p.content().withHeadline("Water for the megacities"), t1)
                .publishUpdate(t1, BEIJING, "An earlier version misspelt the forum's name.");
        assertThat(u.published()).isEqualTo(u.content());
        assertThat(u.firstPublished().instant()).isEqualTo(t0);
        assertThat(u.lastUpdated().instant()).isEqualTo(t1);
        assertThat(u.corrections()).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(new Stamp(t1, BEIJING));
            assertThat(c.text()).startsWith("An earlier version");
        });
    }

    @Test
    void republishingWithoutChangesOrNoteIsRefused() {
        Article p = ready().publish(t0, BEIJING);
        assertThatThrownBy(() -> p.publishUpdate(t0, BEIJING, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingNeedsAPublicNoticeAndOnlyAppliesToPublishedArticles() {
        assertThatThrownBy(() -> ready().withdraw("gone", t0)).isInstanceOf(IllegalStateException.class);
        Article p = ready().publish(t0, BEIJING);
        assertThatThrownBy(() -> p.withdraw(" ", t0)).isInstanceOf(IllegalArgumentException.class);
        Article w = p.withdraw("Withdrawn at the author's request.", t0.plusSeconds(10));
        assertThat(w.status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(w.withdrawalNotice()).isEqualTo("Withdrawn at the author's request.");
        assertThat(w.published()).isEqualTo(p.published());
    }

    @Test
    void anEmbargoBlocksEarlierPublicationAndScheduling() {
        Article a = ready().withEmbargo(t0.plusSeconds(7200));
        assertThatThrownBy(() -> a.publish(t0, BEIJING)).hasMessageContaining("embargo");
        assertThatThrownBy(() -> a.schedule(t0.plusSeconds(60), t0)).hasMessageContaining("embargo");
        Article s = a.schedule(t0.plusSeconds(7200), t0);
        assertThat(s.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(s.scheduledAt()).isEqualTo(t0.plusSeconds(7200));
    }

    @Test
    void spikingIsOnlyBeforePublicationAndCanBeUndoneToDraft() {
        Article s = ready().moveTo(ArticleStatus.SPIKED, t0);
        assertThat(s.status()).isEqualTo(ArticleStatus.SPIKED);
        assertThat(s.moveTo(ArticleStatus.DRAFT, t0).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(ArticleStatus.PUBLISHED.manualNext()).doesNotContain(ArticleStatus.SPIKED);
        assertThatThrownBy(() -> ready().publish(t0, BEIJING).moveTo(ArticleStatus.SPIKED, t0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIdeaCannotBePublishedDirectly() {
        Article idea = Article.create(ArticleContent.EMPTY.withHeadline("x"), t0).moveTo(ArticleStatus.IDEA, t0);
        assertThatThrownBy(() -> idea.publish(t0, BEIJING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bylinesAreKeptAsWrittenWithTheArticle() {
        ArticleContent c = ArticleContent.EMPTY.withByline(List.of(new Author("A. Writer", "Fellow, Institute X"),
                new Author("B. Writer", "")));
        assertThat(c.bylineText()).isEqualTo("By A. Writer, Fellow, Institute X and B. Writer");
    }

    @Test
    void theMetaLineUsesThePublicationsOwnZoneLabelNotJavas() {
        Publication p = Publication.DEFAULT;
        assertThat(p.formatMeta(new Stamp(t0, BEIJING))).isEqualTo("10-20-2015 15:40 BJT");
        Publication noLabels = p.withZoneLabels(java.util.Map.of());
        assertThat(noLabels.formatMeta(new Stamp(t0, BEIJING))).endsWith("CST");
    }

    @Test
    void statusKeysRoundTrip() {
        for (ArticleStatus s : ArticleStatus.values()) assertThat(ArticleStatus.ofKey(s.key())).isEqualTo(s);
        assertThat(ArticleStatus.WITH_AUTHOR.key()).isEqualTo("with-author");
    }

    @Test
    void anArticleInTheTrashTakesNoWorkflowStep() {
        Article trashed = ready().withTrashedAt(t0);
        assertThatThrownBy(() -> trashed.publish(t0, BEIJING)).hasMessageContaining("trash");
        assertThatThrownBy(() -> trashed.moveTo(ArticleStatus.EDITING, t0)).hasMessageContaining("trash");
        assertThatThrownBy(() -> trashed.schedule(t0.plusSeconds(60), t0)).hasMessageContaining("trash");
    }

    @Test
    void theEmbargoMessageSaysTheTimeInThePublicationsZone() {
        Article a = ready().withEmbargo(Instant.parse("2026-12-31T02:00:00Z"));
        assertThatThrownBy(() -> a.publish(t0, BEIJING)).hasMessageContaining("2026-12-31 10:00 (Asia/Shanghai)");
    }

    @Test
    void aSlotInThePastIsRefused() {
        assertThatThrownBy(() -> ready().schedule(t0.minusSeconds(60), t0)).hasMessageContaining("past");
    }
}
