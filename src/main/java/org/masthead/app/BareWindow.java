package org.masthead.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's reference: a bare JavaFX window with one label. Prints the same
 * first-frame marker as Masthead and exits.
 */
public final class BareWindow extends Application {

    /** A plain main class, as for Masthead's own launcher (an Application main fails from a class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1280, 800);
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    BenchSupport.mark("MASTHEAD_FIRST_FRAME");
                    Platform.exit();
                });
            }
        };
        scene.addPostLayoutPulseListener(once);
        stage.setScene(scene);
        stage.show();
    }
}
