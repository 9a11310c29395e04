package org.masthead.publish;

import java.util.List;

/**
 * What may stop an export before it starts: the preflight's errors, each one line naming the
 * article and the reason. The CLI refuses to export while there are any, unless {@code --force};
 * the window asks for an explicit override. {@link Sites#gateForStores} is where the application
 * gets one.
 */
@FunctionalInterface
public interface ExportGate {

    /** No checks: nothing blocks. */
    ExportGate NONE = List::of;

    /** The errors that block an export; empty when it may go ahead. */
    List<String> blockingErrors();
}
