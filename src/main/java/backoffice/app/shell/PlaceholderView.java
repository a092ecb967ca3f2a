package backoffice.app.shell;

import backoffice.app.Messages;
import backoffice.app.ui.Css;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The slot of a pane whose issue has not landed yet: says what will be here. */
public final class PlaceholderView extends VBox {

    public PlaceholderView(PaneId pane) {
        setId("pane-" + pane.name());
        getStyleClass().add(Css.PANE);
        Label title = new Label(Messages.get(pane.titleKey()));
        title.getStyleClass().add(Css.PANE_TITLE);
        Label hint = new Label(Messages.get("placeholder." + pane.name()));
        hint.setWrapText(true);
        hint.getStyleClass().add(Css.PANE_HINT);
        getChildren().addAll(title, hint);
    }
}
