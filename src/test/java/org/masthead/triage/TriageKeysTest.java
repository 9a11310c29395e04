package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.model.SubmissionStatus.ACCEPTED;
import static org.masthead.model.SubmissionStatus.CONVERTED;
import static org.masthead.model.SubmissionStatus.DECLINED;
import static org.masthead.model.SubmissionStatus.IN_REVIEW;
import static org.masthead.model.SubmissionStatus.NEW;
import static org.masthead.model.SubmissionStatus.REVISE;
import static org.masthead.model.SubmissionStatus.SHORTLISTED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.triage.TriageKeys.Action;
import org.masthead.triage.UndoStack.Change;
import org.masthead.triage.UndoStack.Step;

class TriageKeysTest {

    @Test
    void everyKeyHasItsActionInEitherCase() {
        assertThat(List.of("j", "K", "s", "R", "d", "A", "e", "U", "/")).map(k -> TriageKeys.actionFor(k).orElseThrow())
                .containsExactly(Action.NEXT, Action.PREVIOUS, Action.SHORTLIST, Action.REVISE, Action.DECLINE, Action.ACCEPT,
                        Action.ASSIGN_TO_ME, Action.UNDO, Action.SEARCH);
        assertThat(TriageKeys.actionFor("x")).isEmpty();
        assertThat(TriageKeys.actionFor("jk")).isEmpty();
        assertThat(TriageKeys.actionFor(null)).isEmpty();
        assertThat(Action.values()).extracting(Action::key).doesNotHaveDuplicates();
    }

    @Test
    void statusKeysMoveToTheirStatusWhereTheWorkflowAllows() {
        assertThat(TriageKeys.move(Action.SHORTLIST, NEW)).contains(SHORTLISTED);
        assertThat(TriageKeys.move(Action.REVISE, IN_REVIEW)).contains(REVISE);
        assertThat(TriageKeys.move(Action.DECLINE, SHORTLISTED)).contains(DECLINED);
        assertThat(TriageKeys.move(Action.ACCEPT, NEW)).contains(ACCEPTED);
        assertThat(TriageKeys.move(Action.ACCEPT, ACCEPTED)).isEmpty();
        assertThat(TriageKeys.move(Action.DECLINE, CONVERTED)).isEmpty();
        assertThat(TriageKeys.move(Action.NEXT, NEW)).isEmpty();
        assertThat(Action.ASSIGN_TO_ME.changesSubmission()).isTrue();
        assertThat(Action.SEARCH.changesSubmission()).isFalse();
    }

    @Test
    void undoReversesTheLastStepWholeAndInReverseOrder() {
        UndoStack undo = new UndoStack();
        undo.push("Shortlist", List.of(Change.status(1, NEW, SHORTLISTED, null)));
        undo.push("Decline 2 submissions", List.of(Change.status(2, NEW, DECLINED, 7L), Change.status(3, IN_REVIEW, DECLINED, null)));
        undo.push("Assign to me", List.of(Change.assignee(4, NEW, null, 9L)));
        assertThat(undo.nextUndoLabel()).contains("Assign to me");

        Step assign = undo.undo().orElseThrow();
        assertThat(assign.changes()).containsExactly(new Change(4, NEW, NEW, 9L, null));
        Step decline = undo.undo().orElseThrow();
        assertThat(decline.label()).isEqualTo("Undo Decline 2 submissions");
        assertThat(decline.changes()).containsExactly(new Change(3, DECLINED, IN_REVIEW, null, null), new Change(2, DECLINED, NEW, 7L, 7L));
        assertThat(undo.size()).isEqualTo(1);
        undo.undo();
        assertThat(undo.undo()).isEmpty();
        assertThat(undo.canUndo()).isFalse();
    }

    @Test
    void noOpsAreNotRecordedAndTheStackIsBounded() {
        UndoStack undo = new UndoStack(2);
        undo.push("Accept", List.of(Change.status(1, ACCEPTED, ACCEPTED, null)));
        assertThat(undo.canUndo()).isFalse();
        for (int i = 0; i < 5; i++) undo.push("Step " + i, List.of(Change.status(i, NEW, SHORTLISTED, null)));
        assertThat(undo.size()).isEqualTo(2);
        assertThat(undo.nextUndoLabel()).contains("Step 4");
        assertThatThrownBy(() -> new UndoStack(0)).hasMessageContaining("positive");
    }

    @Test
    void aChangeKnowsWhetherTheSubmissionStillStandsAsItLeftIt() {
        Change c = Change.status(1, NEW, DECLINED, 5L);
        assertThat(c.isCurrent(DECLINED, 5L)).isTrue();
        assertThat(c.isCurrent(ACCEPTED, 5L)).isFalse();
        assertThat(c.isCurrent(DECLINED, null)).isFalse();
    }
}
