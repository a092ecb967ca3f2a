package backoffice.app.statements;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.Forms;
import backoffice.export.ReviewReport;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Offline review: open an export, see plainly whether it is intact and whose key signed it, and read its rows. */
public final class ReviewView extends VBox {

    public ReviewView(ReviewViewModel vm) {
        setId("pane-REVIEW");
        getStyleClass().add(Css.PANE);
        Button open = new Button(Messages.get("review.open"));
        open.setId("reviewOpen");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(vm.busyProperty());
        open.setOnAction(e -> vm.choose());
        Label file = Forms.line("reviewFile", vm.fileProperty(), Css.PANE_HINT);
        HBox bar = new HBox(10, open, Forms.spinner(vm.busyProperty()), file);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label headline = Forms.line("reviewVerdict", vm.headlineProperty(), "review-verdict");
        vm.verdictProperty().addListener((o, a, v) -> {
            headline.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (v != null) {
                headline.getStyleClass().add(v == ReviewReport.Verdict.INTACT ? Styles.SUCCESS
                        : v == ReviewReport.Verdict.UNSIGNED ? Styles.WARNING : Styles.DANGER);
            }
        });
        VBox findings = new VBox(2);
        findings.setId("reviewFindings");
        vm.findings().addListener((ListChangeListener<String>) c -> findings.getChildren().setAll(
                vm.findings().stream().map(f -> {
                    Label l = new Label("• " + f);
                    l.setWrapText(true);
                    l.getStyleClass().add(Css.FIELD_ERROR);
                    return l;
                }).toList()));
        Label details = Forms.line("reviewDetails", vm.detailsProperty(), Css.PANE_HINT);

        getChildren().addAll(Forms.title(Messages.get("nav.review")), Forms.hint(Messages.get("review.hint")), bar,
                headline, findings, details, new StatementTable(vm.rows(), "review", "review.empty"));
    }
}
