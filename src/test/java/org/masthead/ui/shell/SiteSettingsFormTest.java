package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Publication;
import org.masthead.model.SiteSettings;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;

class SiteSettingsFormTest {

    @TempDir
    Path dir;

    private static SiteSettingsForm.Form with(SiteSettingsForm.Form f, String editions, String social, String base, String email,
                                               String pattern, String language) {
        return new SiteSettingsForm.Form(base, language, f.sectionName(), editions, f.disclaimer(), f.about(), f.invitation(), email,
                pattern, social, f.themeFolder(), f.logoImage(), f.exportFolder());
    }

    @Test
    void theDefaultsGoThroughTheFormUnchanged() {
        SiteSettingsForm.Form f = SiteSettingsForm.Form.of(SiteSettings.DEFAULT);
        assertThat(f.editions()).contains("العربية | https://ar.example.org/ | ar | rtl");
        assertThat(SiteSettingsForm.parse(f)).isEqualTo(SiteSettings.DEFAULT);
    }

    @Test
    void editionsAndLinksAreReadLineByLine() {
        SiteSettingsForm.Form f = SiteSettingsForm.Form.of(SiteSettings.DEFAULT);
        SiteSettings s = SiteSettingsForm.parse(with(f, "English | https://example.org/ | en\n\n中文简体 | https://cn.example.org/ | zh-Hans | ltr\n"
                        + "العربية | https://ar.example.org/ | ar | RTL", "Weibo | https://weibo.com/x", "https://news.example.org/opinion",
                "letters@example.org", "yyyy-MM-dd HH:mm", "en"));
        assertThat(s.editions()).extracting(SiteSettings.Edition::label).containsExactly("English", "中文简体", "العربية");
        assertThat(s.editions().get(2).direction()).isEqualTo("rtl");
        assertThat(s.editions().get(0).direction()).isEqualTo("ltr");
        assertThat(s.socialLinks()).containsExactly(new SiteSettings.Link("Weibo", "https://weibo.com/x"));
        assertThat(s.baseUrl()).isEqualTo("https://news.example.org/opinion/");
        assertThat(SiteSettingsForm.sample("yyyy-MM-dd HH:mm")).isEqualTo("2015-10-20 15:40 BJT");
    }

    @Test
    void badInputSaysWhatToFix() {
        SiteSettingsForm.Form f = SiteSettingsForm.Form.of(SiteSettings.DEFAULT);
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "English https://example.org/", "", "", "", "", "en")))
                .hasMessageContaining("Edition line 1 is LABEL | URL");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "English | javascript:alert(1)", "", "", "", "", "en")))
                .hasMessageContaining("must be a web address");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "English | https://e.org/ | en | up", "", "", "", "", "en")))
                .hasMessageContaining("ltr or rtl");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "", "X", "", "", "", "en"))).hasMessageContaining("LABEL | URL");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "", "", "ftp://example.org", "", "", "en"))).hasMessageContaining("site address");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "", "", "", "not an address", "", "en"))).hasMessageContaining("email");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "", "", "", "", "MM-dd-yyyy HH:mm qqqqq{", "en")))
                .hasMessageContaining("not a date-time pattern");
        assertThatThrownBy(() -> SiteSettingsForm.parse(with(f, "", "", "", "", "", "english!"))).hasMessageContaining("language tag");
    }

    @Test
    void theSiteIsStoredWithThePublicationInOneGoAndReadBack() {
        try (Database db = Database.open(dir.resolve("site.db"))) {
            PublicationStore store = new PublicationStore(db);
            assertThat(store.site()).isEqualTo(SiteSettings.DEFAULT);
            SiteSettings s = SiteSettings.DEFAULT.withExportFolder("/tmp/site").withLogoImage("ab".repeat(32));
            store.saveAll(Publication.DEFAULT.withName("The Meridian"), s);
            assertThat(store.site()).isEqualTo(s);
            assertThat(store.get().name()).isEqualTo("The Meridian");
        }
    }
}
