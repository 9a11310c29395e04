package org.masthead.ui.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * What screens are built with: the open database's stores and the app's services. Made once
 * by the composition root and passed down through constructors.
 */
public record AppContext(
        Database database,
        ArticleStore articles,
        ImageStore images,
        PublicationStore publication,
        SeriesStore series,
        TaskRunner tasks,
        DialogService dialogs,
        Clock clock) {

    /** Now, to the millisecond the store keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
