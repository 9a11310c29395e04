package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one command line is told apart: the window (with files to open) or the CLI. */
class LauncherTest {

    @Test
    void noArgumentsOrOnlyTheDatabaseOpenTheWindow() {
        assertThat(Launcher.isWindowLaunch(new String[0])).isTrue();
        assertThat(Launcher.isWindowLaunch(new String[] {"--db", "x.db"})).isTrue();
        assertThat(Launcher.isWindowLaunch(new String[] {"--db=x.db", "--smoke"})).isTrue();
    }

    @Test
    void filesFromOpenWithOpenTheWindow() {
        assertThat(Launcher.isWindowLaunch(new String[] {"/home/ed/Notes.MD", "in box.mbox", "letter.eml"})).isTrue();
        assertThat(Launcher.isWindowLaunch(new String[] {"--db", "x.db", "post.markdown"})).isTrue();
    }

    @Test
    void commandsHelpAndOtherFilesGoToTheCommandLine() {
        assertThat(Launcher.isWindowLaunch(new String[] {"--help"})).isFalse();
        assertThat(Launcher.isWindowLaunch(new String[] {"import-md", "a.md"})).isFalse();
        assertThat(Launcher.isWindowLaunch(new String[] {"articles", "list", "--json"})).isFalse();
        assertThat(Launcher.isWindowLaunch(new String[] {"photo.jpg"})).isFalse();
        assertThat(Launcher.isWindowLaunch(new String[] {"--db"})).isFalse();
    }

    @Test
    void fileArgumentsAreAbsoluteAndSkipTheDatabase() {
        List<Path> files = Launcher.fileArguments(List.of("--db", "other.md", "a.md", "--smoke", "b.eml"));
        assertThat(files).containsExactly(Path.of("a.md").toAbsolutePath(), Path.of("b.eml").toAbsolutePath());
        assertThat(Launcher.dbArgument(List.of("--db", "other.md", "a.md"))).isEqualTo("other.md");
    }
}
