import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the startup benchmark: the smallest JavaFX window, shown the same way as the console's. */
public class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 800));
        stage.setOnShown(e -> {
            System.out.println("Bare window ready");
            System.out.flush();
        });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
