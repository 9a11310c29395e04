package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.ui.editor.WorkflowSteps.Kind;
import org.masthead.ui.editor.WorkflowSteps.Step;

class WorkflowStepsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Article draft() {
        return Article.create(ArticleContent.EMPTY.withHeadline("H"), NOW);
    }

    @Test
    void aDraftOffersPublishAndItsManualMoves() {
        assertThat(WorkflowSteps.of(draft(), false)).extracting(Step::label)
                .containsExactly("Publish", "Move to editing", "Move to with author", "Move to ready", "Back to idea", "Spike");
    }

    @Test
    void aReadyArticleCanBeScheduled() {
        Article ready = draft().moveTo(ArticleStatus.READY, NOW);
        assertThat(WorkflowSteps.of(ready, false)).extracting(Step::kind).contains(Kind.SCHEDULE, Kind.PUBLISH);
    }

    @Test
    void aPublishedArticleOffersUpdatesOnlyWithAPendingUpdateOrUnsavedEdits() {
        Article pub = draft().publish(NOW, ZONE);
        assertThat(WorkflowSteps.of(pub, false)).extracting(Step::kind).containsExactly(Kind.WITHDRAW);
        assertThat(WorkflowSteps.of(pub, true)).extracting(Step::kind)
                .containsExactly(Kind.PUBLISH_UPDATE, Kind.PUBLISH_UPDATE_WITH_NOTE, Kind.WITHDRAW);
        Article pending = pub.withContent(pub.content().withHeadline("Changed"), NOW);
        assertThat(WorkflowSteps.of(pending, false)).extracting(Step::kind)
                .containsExactly(Kind.PUBLISH_UPDATE, Kind.PUBLISH_UPDATE_WITH_NOTE, Kind.DISCARD_UPDATE, Kind.WITHDRAW);
        assertThat(WorkflowSteps.of(pending, false).get(0).publishes()).isTrue();
    }

    @Test
    void aWithdrawnArticleOffersNothing() {
        Article w = draft().publish(NOW, ZONE).withdraw("Taken down", NOW);
        assertThat(WorkflowSteps.of(w, false)).isEmpty();
        assertThat(WorkflowSteps.of(null, false)).isEmpty();
    }
}
