package org.masthead.ui.editor;

import org.fxmisc.richtext.model.NodeSegmentOpsBase;

/** Segment operations for figures: one object character that never merges with a neighbour. */
final class FigureOps extends NodeSegmentOpsBase<FigureSegment, TextStyle> {
    FigureOps() {
        super(FigureSegment.EMPTY);
    }

    @Override
    public int length(FigureSegment seg) {
        return seg.isEmpty() ? 0 : 1;
    }

    // A figure is indivisible: any slice of it is either the whole figure or nothing.
    @Override
    public FigureSegment realSubSequence(FigureSegment seg, int start, int end) {
        return start < end && start == 0 ? seg : FigureSegment.EMPTY;
    }

    @Override
    public FigureSegment realSubSequence(FigureSegment seg, int start) {
        return start == 0 ? seg : FigureSegment.EMPTY;
    }
}
