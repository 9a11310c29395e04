package org.masthead.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.masthead.model.Publication;
import org.masthead.model.SiteSettings;
import org.masthead.model.Zones;

/**
 * File ▸ Publication settings…: the publication (name, zone, zone labels) and its site (address,
 * language, editions, page texts, social links, date-time pattern, logo, theme), edited as a
 * copy in four tabs; the caller checks and stores it on OK.
 */
final class PublicationSettingsDialog {

    /** What OK gave: both forms, and a picture file chosen as the new logo, if any. */
    record Result(PublicationSettings.Form publication, SiteSettingsForm.Form site, Optional<Path> newLogo) {
    }

    private PublicationSettingsDialog() {
    }

    static Optional<Result> show(Window owner, Publication current, SiteSettings site) {
        PublicationSettings.Form f = PublicationSettings.Form.of(current);
        SiteSettingsForm.Form s = SiteSettingsForm.Form.of(site);
        TextField name = field(f.name(), "publication-name");
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll(Zones.selectable());
        zone.setValue(f.zone());
        zone.setId("publication-zone");
        TextArea labels = area(f.labels(), 3, "publication-labels");
        TextField pattern = field(s.dateTimePattern(), "site-date-pattern");
        Label sample = new Label(SiteSettingsForm.sample(s.dateTimePattern()));
        sample.getStyleClass().add("text-muted");
        pattern.textProperty().addListener((o, a, b) -> sample.setText("e.g. " + SiteSettingsForm.sample(b)));

        TextField base = field(s.baseUrl(), "site-base-url");
        base.setPromptText("https://example.org/opinion/");
        TextField language = field(s.language(), "site-language");
        TextField section = field(s.sectionName(), "site-section");
        TextField theme = field(s.themeFolder(), "site-theme");
        theme.setPromptText("none: the default theme");
        Button browseTheme = new Button("Choose…");
        browseTheme.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Theme folder (its templates override the default theme's)");
            java.io.File dir = dc.showDialog(owner);
            if (dir != null) theme.setText(dir.getPath());
        });
        String[] logo = {s.logoImage()};
        Path[] newLogo = {null};
        Label logoLabel = new Label(logoText(logo[0], null));
        logoLabel.setId("site-logo");
        Button chooseLogo = new Button("Choose…");
        chooseLogo.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Logo");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"));
            java.io.File file = fc.showOpenDialog(owner);
            if (file != null) {
                newLogo[0] = file.toPath();
                logoLabel.setText(logoText(logo[0], newLogo[0]));
            }
        });
        Button removeLogo = new Button("Remove");
        removeLogo.setOnAction(e -> {
            logo[0] = "";
            newLogo[0] = null;
            logoLabel.setText(logoText("", null));
        });

        TextArea editions = area(s.editions(), 7, "site-editions");
        TextArea social = area(s.socialLinks(), 4, "site-social");
        TextArea disclaimer = area(s.disclaimer(), 3, "site-disclaimer");
        TextArea about = area(s.about(), 3, "site-about");
        TextArea invitation = area(s.invitation(), 3, "site-invitation");
        TextField email = field(s.email(), "site-email");

        TabPane tabs = new TabPane(
                tab("Publication", label("Name"), name, label("Time zone of dates on the page"), zone,
                        label("Zone labels, one per line (ZONE = LABEL), e.g. Asia/Shanghai = BJT"), labels,
                        label("Date and time on the meta line (the zone label follows)"), pattern, sample),
                tab("Site", label("Address of the site (canonical links, feeds, sitemap)"), base,
                        label("Language of the site (e.g. en, ar, zh-Hans)"), language,
                        label("Section name in the breadcrumb (Home › Opinion)"), section,
                        label("Logo"), new HBox(8, logoLabel, chooseLogo, removeLogo),
                        label("Theme folder: its templates replace the default ones of the same name"), new HBox(8, theme, browseTheme)),
                tab("Editions and links", label("Editions in the edition bar, one per line: LABEL | URL | LANGUAGE | ltr or rtl"), editions,
                        label("Follow us: one per line, LABEL | URL"), social),
                tab("Page texts", label("Disclaimer"), disclaimer, label("About the section"), about,
                        label("Invitation to send submissions"), invitation, label("Submission address"), email));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 520);

        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Publication settings");
        d.setHeaderText("Publication settings");
        d.getDialogPane().setContent(tabs);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null : new Result(
                new PublicationSettings.Form(name.getText(), zone.getEditor().getText(), labels.getText()),
                new SiteSettingsForm.Form(base.getText(), language.getText(), section.getText(), editions.getText(), disclaimer.getText(),
                        about.getText(), invitation.getText(), email.getText(), pattern.getText(), social.getText(), theme.getText(),
                        logo[0], s.exportFolder()),
                Optional.ofNullable(newLogo[0])));
        d.setOnShown(e -> javafx.application.Platform.runLater(name::requestFocus));
        return d.showAndWait();
    }

    private static String logoText(String sha, Path chosen) {
        if (chosen != null) return chosen.getFileName().toString();
        return sha.isEmpty() ? "No logo" : "Picture " + sha.substring(0, Math.min(10, sha.length())) + "…";
    }

    private static Tab tab(String title, Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.setPadding(new Insets(10));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return new Tab(title, sp);
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static TextField field(String v, String id) {
        TextField t = new TextField(v);
        t.setId(id);
        javafx.scene.layout.HBox.setHgrow(t, javafx.scene.layout.Priority.ALWAYS);
        return t;
    }

    private static TextArea area(String v, int rows, String id) {
        TextArea t = new TextArea(v);
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.setId(id);
        return t;
    }
}
