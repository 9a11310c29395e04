package org.masthead.ui.inbox;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.masthead.ingest.mailbox.MailboxCheck;
import org.masthead.ingest.mailbox.MailboxSettingsForm;
import org.masthead.ingest.mailbox.PasswordStore;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.ui.shell.TaskRunner;

/**
 * Inbox ▸ Mailbox settings…: edits a copy of the settings; OK is refused (with the problems
 * shown) until {@link MailboxSettingsForm} finds none. Test connection signs in on the worker.
 * The password is kept only when "Remember password" is ticked, in the private file the
 * dialog names.
 */
final class MailboxDialog {

    /** The settings to store and the password typed (empty when none was). */
    record Result(MailboxSettings settings, char[] password) {
    }

    private MailboxDialog() {
    }

    static Optional<Result> show(Window owner, MailboxSettings initial, PasswordStore passwords, TaskRunner tasks) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Mailbox settings");
        d.setHeaderText("The section's mailbox: IMAP to fetch submissions, SMTP to send replies.");
        TextField imapHost = new TextField(initial.imap().host());
        TextField imapPort = new TextField(Integer.toString(initial.imap().port()));
        ComboBox<Security> imapSec = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Security.values()));
        imapSec.setValue(initial.imap().security());
        imapSec.setOnAction(e -> imapPort.setText(Integer.toString(MailboxSettingsForm.usualImapPort(imapSec.getValue()))));
        TextField imapUser = new TextField(initial.imap().user());
        TextField folder = new TextField(initial.folder());
        TextField smtpHost = new TextField(initial.smtp().host());
        TextField smtpPort = new TextField(Integer.toString(initial.smtp().port()));
        ComboBox<Security> smtpSec = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Security.values()));
        smtpSec.setValue(initial.smtp().security());
        smtpSec.setOnAction(e -> smtpPort.setText(Integer.toString(MailboxSettingsForm.usualSmtpPort(smtpSec.getValue()))));
        TextField smtpUser = new TextField(initial.smtp().user());
        TextField fromAddress = new TextField(initial.fromAddress());
        TextField fromName = new TextField(initial.fromName());
        TextField trusted = new TextField(initial.trustedHosts());
        PasswordField password = new PasswordField();
        CheckBox remember = new CheckBox("Remember password");
        remember.setSelected(initial.rememberPassword());
        Label where = new Label("Kept only if ticked, in " + passwords.file() + " (readable by your account alone where the system allows it).");
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        Label warning = new Label();
        warning.getStyleClass().add("danger");
        warning.setWrapText(true);
        trusted.textProperty().addListener((o, a, b) -> warning.setText(b.isBlank() ? ""
                : "Certificates of " + b.strip() + " are accepted unchecked: anyone in between can read the mail and the password. For test servers only."));
        warning.setText(initial.trustedHosts().isBlank() ? "" : "Certificates of " + initial.trustedHosts() + " are accepted unchecked: for test servers only.");
        Label problems = new Label();
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        Label test = new Label();
        test.setWrapText(true);

        java.util.function.Supplier<MailboxSettings> read = () -> initial
                .withImap(new MailboxSettings.Server(imapHost.getText(), port(imapPort.getText()), imapSec.getValue(), imapUser.getText()))
                .withFolder(folder.getText())
                .withSmtp(new MailboxSettings.Server(smtpHost.getText(), port(smtpPort.getText()), smtpSec.getValue(), smtpUser.getText()))
                .withFrom(fromAddress.getText(), fromName.getText()).withRememberPassword(remember.isSelected()).withTrustedHosts(trusted.getText());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        int r = 0;
        g.addRow(r++, new Label("IMAP server"), imapHost, new Label("port"), imapPort, imapSec);
        g.addRow(r++, new Label("IMAP user"), imapUser, new Label("folder"), folder);
        g.addRow(r++, new Label("SMTP server"), smtpHost, new Label("port"), smtpPort, smtpSec);
        g.addRow(r++, new Label("SMTP user"), smtpUser);
        g.addRow(r++, new Label("From address"), fromAddress, new Label("name"), fromName);
        g.addRow(r++, new Label("Trusted hosts"), trusted);
        g.add(warning, 1, r++, 4, 1);
        g.addRow(r++, new Label("Password"), password, remember);
        g.add(where, 1, r++, 4, 1);
        g.add(problems, 1, r++, 4, 1);
        g.add(test, 1, r, 4, 1);
        d.getDialogPane().setContent(g);
        ButtonType testB = new ButtonType("Test connection", ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(testB, ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(testB).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            MailboxSettings s = read.get();
            test.setText("Testing…");
            char[] pw = password.getText().toCharArray();
            tasks.run("test mailbox", () -> new MailboxCheck().test(s, pw), rep -> test.setText("IMAP: " + rep.imap().message() + "\nSMTP: "
                    + rep.smtp().message()), err -> test.setText(err.getMessage()));
        });
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<MailboxSettingsForm.Problem> l = MailboxSettingsForm.problems(read.get());
            if (!l.isEmpty()) {
                e.consume();
                problems.setText(String.join("\n", l.stream().map(MailboxSettingsForm.Problem::message).toList()));
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? new Result(read.get(), password.getText().toCharArray()) : null);
        return d.showAndWait();
    }

    private static int port(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1; // the form says the port is wrong
        }
    }

    /** Asks for the mailbox password (not kept). */
    static Optional<char[]> askPassword(Window owner, String account) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Mailbox password");
        d.setHeaderText("Password for " + account);
        PasswordField p = new PasswordField();
        d.getDialogPane().setContent(p);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setOnShown(e -> javafx.application.Platform.runLater(p::requestFocus));
        d.setResultConverter(b -> b == ButtonType.OK ? p.getText().toCharArray() : null);
        return d.showAndWait();
    }
}
