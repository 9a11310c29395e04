package org.masthead.publish;

import java.util.List;
import java.util.Set;

/**
 * What may stop an export before it starts: the preflight's errors, each one line naming the
 * article and the reason. The CLI refuses to export while there are any, unless {@code --force};
 * the window asks for an explicit override. {@link Sites#forStores} is where the application
 * gets one.
 *
 * <p>An incremental export asks only about the articles whose pages may have changed
 * ({@link #errors(Set)}); a full one, or one without a manifest that says what the last export
 * checked, asks about all (docs/export.md, "Preflight").
 */
@FunctionalInterface
public interface ExportGate {

    /** No checks: nothing blocks, and the manifest records no checks (the next gated export checks everything). */
    ExportGate NONE = new ExportGate() {
        @Override
        public List<String> blockingErrors() {
            return List.of();
        }

        @Override
        public boolean checks() {
            return false;
        }
    };

    /** One blocking error: the article it is about ({@code 0}: none in particular) and the line said. */
    record Error(long articleId, String text) {
    }

    /** The errors of every article an export writes; empty when it may go ahead. */
    List<String> blockingErrors();

    /**
     * The errors of every article an export writes except those in {@code unchanged}: articles
     * whose page inputs are exactly as the last export recorded them, which that export checked
     * and did not override. An empty set asks about every article. The default asks
     * {@link #blockingErrors()} and ties no error to an article (so a forced export's next run
     * checks everything again).
     */
    default List<Error> errors(Set<Long> unchanged) {
        return blockingErrors().stream().map(t -> new Error(0, t)).toList();
    }

    /** This gate, asked only after {@code first} has run (and not at all if it throws). */
    default ExportGate after(Runnable first) {
        ExportGate self = this;
        return new ExportGate() {
            @Override
            public List<String> blockingErrors() {
                first.run();
                return self.blockingErrors();
            }

            @Override
            public List<Error> errors(Set<Long> unchanged) {
                first.run();
                return self.errors(unchanged);
            }

            @Override
            public boolean checks() {
                return self.checks();
            }
        };
    }

    /** False for a gate that checks nothing ({@link #NONE}): its exports record no verdicts to rely on later. */
    default boolean checks() {
        return true;
    }
}
