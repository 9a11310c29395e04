package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting Masthead again on a team database: same program and arguments, the new --db, no files, no old --db. */
class RelaunchTest {

    @Test
    void theSameCommandWithTheNewDatabaseAndWithoutTheOldOneOrItsFiles() {
        assertThat(Relaunch.command("/usr/bin/java", List.of("-Xmx1g", "-jar", "target/masthead.jar", "--db", "solo.db", "letters.mbox"),
                "postgresql://ana@db.example/opinion"))
                .containsExactly("/usr/bin/java", "-Xmx1g", "-jar", "target/masthead.jar", "--db", "postgresql://ana@db.example/opinion");
        assertThat(Relaunch.command("/opt/masthead/bin/masthead", List.of("--db=other.db"), "postgresql://ana@db.example:5433/opinion"))
                .containsExactly("/opt/masthead/bin/masthead", "--db", "postgresql://ana@db.example:5433/opinion");
        assertThat(Relaunch.command("/opt/masthead/bin/masthead", List.of(), "postgresql://ana@db/x"))
                .containsExactly("/opt/masthead/bin/masthead", "--db", "postgresql://ana@db/x");
    }

    @Test
    void thisProcessCanSayHowItWasStarted() {
        // on Linux the JVM knows its own command line: the menu item can reopen Masthead
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) return;
        assertThat(Relaunch.command(ProcessHandle.current().info(), "postgresql://a@b/c")).get().asList().endsWith("--db", "postgresql://a@b/c");
    }
}
