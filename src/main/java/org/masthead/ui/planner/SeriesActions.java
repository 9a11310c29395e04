package org.masthead.ui.planner;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.masthead.model.Series;
import org.masthead.planning.Plan;

/** New series… and Edit series…: the dialog, then the model's command with what it returned. */
public final class SeriesActions {

    private final PlannerModel model;
    private final Supplier<Window> owner;

    SeriesActions(PlannerModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    public void create() {
        SeriesForm.Fields blank = SeriesForm.Fields.blank(model.publicationProperty().get().defaultZone());
        SeriesDialog.show(owner.get(), blank, true, 4).ifPresent(f ->
                model.createSeries(SeriesForm.parseNew(f, model.context().now()), SeriesForm.parts(f)));
    }

    public void edit(long seriesId) {
        Plan p = model.planOf(seriesId).orElse(null);
        if (p == null) return;
        SeriesDialog.show(owner.get(), SeriesForm.Fields.of(p.series(), p.count()), false, p.count()).ifPresent(f -> {
            Series s = SeriesForm.parse(f, p.series());
            model.updateSeries(s);
        });
    }
}
