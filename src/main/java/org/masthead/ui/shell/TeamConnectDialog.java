package org.masthead.ui.shell;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a team database's address and, if the server wants one, a password (used once, never stored). */
public final class TeamConnectDialog {

    /** What the user typed. */
    public record Request(String address, String password) {
    }

    private TeamConnectDialog() {
    }

    public static Optional<Request> ask(Window owner, String lastAddress) {
        Dialog<Request> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Connect to a team database");
        d.setHeaderText("A desk's shared PostgreSQL database (docs/team.md)");
        TextField address = new TextField(lastAddress == null ? "" : lastAddress);
        address.setId("team-address");
        address.setPromptText("postgresql://ana@db.desk.example/opinion");
        address.setPrefColumnCount(36);
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText("empty: PGPASSWORD or ~/.pgpass");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label a = new Label("Address");
        Label p = new Label("Password");
        a.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(0, a, address);
        grid.addRow(1, p, password);
        Label note = new Label("The password is used for this connection only and is never stored.");
        note.setWrapText(true);
        grid.add(note, 0, 2, 2, 1);
        d.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(connect).disableProperty().bind(address.textProperty().isEmpty());
        d.setResultConverter(b -> b == connect ? new Request(address.getText(), password.getText()) : null);
        javafx.application.Platform.runLater(address::requestFocus);
        return d.showAndWait();
    }
}
