package backoffice.app.statements;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.FirstFocus;
import backoffice.app.ui.Forms;
import backoffice.export.ReviewReport;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
        Button importKey = new Button(Messages.get("review.importKey"));
        importKey.setId("reviewImportKey");
        importKey.setOnAction(e -> vm.importKey());
        Label file = Forms.line("reviewFile", vm.fileProperty(), Css.PANE_HINT);
        HBox bar = new HBox(10, open, importKey, Forms.spinner(vm.busyProperty()), file);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label headline = Forms.line("reviewVerdict", vm.headlineProperty(), "review-verdict");
        vm.verdictProperty().addListener((o, a, v) -> {
            headline.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (v != null) {
                headline.getStyleClass().add(switch (v) {
                    case INTACT -> Styles.SUCCESS;
                    case UNSIGNED, UNKNOWN_SIGNER -> Styles.WARNING;
                    case ALTERED, UNREADABLE -> Styles.DANGER;
                });
            }
        });
        Button trustSigner = new Button(Messages.get("review.trustSigner"));
        trustSigner.setId("reviewTrustSigner");
        trustSigner.setOnAction(e -> vm.trustSigner());
        trustSigner.visibleProperty().bind(vm.verdictProperty().isEqualTo(ReviewReport.Verdict.UNKNOWN_SIGNER));
        trustSigner.managedProperty().bind(trustSigner.visibleProperty());
        VBox findings = new VBox(2);
        findings.setId("reviewFindings");
        vm.findings().addListener((ListChangeListener<String>) c -> findings.getChildren().setAll(
                vm.findings().stream().map(f -> {
                    Label l = new Label("• " + f);
                    l.setWrapText(true);
                    l.setMinHeight(Region.USE_PREF_SIZE);
                    l.getStyleClass().add(Css.FIELD_ERROR);
                    return l;
                }).toList()));
        Label details = Forms.line("reviewDetails", vm.detailsProperty(), Css.PANE_HINT);
        Label incomplete = Forms.line("reviewIncomplete", vm.incompleteProperty(), Css.FIELD_ERROR);
        incomplete.visibleProperty().bind(vm.incompleteProperty().isNotEmpty());
        incomplete.managedProperty().bind(incomplete.visibleProperty());

        StatementTable table = new StatementTable(vm.rows(), "review", "review.empty");
        table.findFrom(this);
        getChildren().addAll(Forms.title(Messages.get("nav.review")), Forms.hint(Messages.get("review.hint")), bar,
                headline, findings, incomplete, trustSigner, details, trustedKeys(vm), table);
        StatementTable.rehearseIn(this);
        FirstFocus.set(this, open, () -> vm.fileProperty().get() == null || vm.fileProperty().get().isEmpty());
    }

    /** The keys trusted at the last check, folded away until asked for. */
    private static TitledPane trustedKeys(ReviewViewModel vm) {
        VBox lines = new VBox(2);
        vm.trustedKeys().addListener((ListChangeListener<String>) c -> lines.getChildren().setAll(
                vm.trustedKeys().stream().map(k -> {
                    Label l = new Label(k);
                    l.getStyleClass().add(Css.PANE_HINT);
                    return l;
                }).toList()));
        TitledPane pane = new TitledPane(Messages.get("review.trustedKeys"), lines);
        pane.setId("reviewTrustedKeys");
        pane.setExpanded(false);
        String title = Messages.get("review.trustedKeys");
        pane.textProperty().bind(Bindings.createStringBinding(() -> vm.trustedKeys().isEmpty()
                ? title : title + " (" + vm.trustedKeys().size() + ")", vm.trustedKeys()));
        return pane;
    }
}
