package backoffice.app.spendrules;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import backoffice.app.Messages;
import backoffice.app.spendrules.SpendRulesViewModel.Switch;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.UncachedViewport;
import backoffice.client.model.SpendLimit;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/** Card-level spend rules, editable, with the profile and identity levels read-only beside them. */
public final class SpendRulesView extends VBox {

    private static final double LIMIT_ERROR_WIDTH = 180;
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");

    public SpendRulesView(SpendRulesViewModel vm) {
        setId("pane-SPEND_RULES");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();

        TextField id = new TextField();
        id.setId("rulesCardId");
        id.setPromptText(Messages.get("cards.idPrompt"));
        id.setPrefColumnCount(22);
        id.textProperty().bindBidirectional(vm.cardIdProperty());
        id.setOnAction(e -> {
            vm.load();
            e.consume(); // Enter here loads, and does not also save (Save is the default button)
        });
        Button load = new Button(Messages.get("rules.load"));
        load.setId("rulesLoad");
        load.disableProperty().bind(vm.canLoadProperty().not());
        load.setOnAction(e -> vm.load());
        Node busy = Forms.spinner(vm.busyProperty());
        Label cardLabel = new Label();
        cardLabel.setId("rulesCard");
        cardLabel.getStyleClass().add(Styles.TEXT_BOLD);
        cardLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.cardProperty().get() == null ? ""
                : Messages.get("rules.cardLine", vm.cardProperty().get().friendlyName(),
                vm.cardProperty().get().maskedNumber(), vm.cardProperty().get().currency()), vm.cardProperty()));
        cardLabel.setWrapText(true); // the whole summary, on as many lines as the width needs ("· …" at 1024x700)
        cardLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox cardBox = new VBox(4, new Label(" "), cardLabel);
        cardBox.setMinWidth(0);
        HBox.setHgrow(cardBox, Priority.ALWAYS);
        HBox top = new HBox(10, new VBox(4, new Label(Messages.get("cards.id")), id),
                new VBox(4, new Label(" "), new HBox(8, load, busy)), cardBox);

        GridPane lists = new GridPane();
        lists.setHgap(14);
        lists.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            lists.getColumnConstraints().add(half);
        }
        lists.addRow(0, field(vm, RuleField.ALLOWED_MCC, validation), field(vm, RuleField.BLOCKED_MCC, validation));
        lists.addRow(1, field(vm, RuleField.ALLOWED_IDS, validation), field(vm, RuleField.BLOCKED_IDS, validation));
        VBox allowedCountries = field(vm, RuleField.ALLOWED_COUNTRIES, validation);
        allowedCountries.getChildren().add(names(vm.allowedCountryNamesProperty(), "allowedCountryNames"));
        VBox blockedCountries = field(vm, RuleField.BLOCKED_COUNTRIES, validation);
        blockedCountries.getChildren().add(names(vm.blockedCountryNamesProperty(), "blockedCountryNames"));
        lists.addRow(2, allowedCountries, blockedCountries);
        lists.addRow(3, field(vm, RuleField.MIN_AMOUNT, validation), field(vm, RuleField.MAX_AMOUNT, validation));
        Label overlap = new Label();
        overlap.setId("overlapWarning");
        overlap.setWrapText(true);
        overlap.getStyleClass().add(Styles.WARNING);
        overlap.textProperty().bind(vm.overlapWarningProperty());
        overlap.visibleProperty().bind(overlap.textProperty().isNotEmpty());
        overlap.managedProperty().bind(overlap.visibleProperty());

        GridPane switches = new GridPane();
        switches.setHgap(12);
        switches.setVgap(6);
        int row = 0;
        for (String name : SpendRulesViewModel.SWITCHES) {
            ChoiceBox<Switch> box = new ChoiceBox<>(FXCollections.observableArrayList(Switch.values()));
            box.setId("switch-" + name);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Switch s) {
                    return s == null ? "" : Messages.get("rules.switch." + s.name());
                }

                @Override
                public Switch fromString(String s) {
                    return null;
                }
            });
            box.valueProperty().bindBidirectional(vm.switchProperty(name));
            box.setMinWidth(Region.USE_PREF_SIZE);
            switches.addRow(row++, whole(new Label(Messages.get("rules.f." + name))), box);
        }

        GridPane limitGrid = new GridPane();
        limitGrid.setHgap(12);
        limitGrid.setVgap(6);
        row = 0;
        for (String interval : SpendLimit.INTERVALS) {
            TextField amount = new TextField();
            amount.setId("limit-" + interval);
            amount.setPromptText(Messages.get("rules.noLimit"));
            amount.setPrefColumnCount(10);
            amount.textProperty().bindBidirectional(vm.limitProperty(interval));
            amount.disableProperty().bind(vm.limitsSupportedProperty().not());
            Label problem = new Label();
            problem.getStyleClass().add(Css.FIELD_ERROR);
            problem.setId("limit-" + interval + "Error");
            problem.textProperty().bind(Bindings.createStringBinding(() -> vm.limitErrorProperty(interval).get()
                    == null ? "" : vm.limitErrorProperty(interval).get(), vm.limitErrorProperty(interval)));
            // a fixed column that wraps: an error as wide as its sentence made the box jump to the next line, taking
            // the field being typed in with it
            problem.setPrefWidth(LIMIT_ERROR_WIDTH);
            problem.setMinWidth(LIMIT_ERROR_WIDTH);
            problem.setWrapText(true);
            problem.setMinHeight(Region.USE_PREF_SIZE);
            limitGrid.addRow(row++, whole(new Label(Messages.get("rules.interval." + interval))), amount, problem);
        }
        Label limitsError = new Label();
        limitsError.setId("limitsError");
        limitsError.getStyleClass().add(Css.FIELD_ERROR);
        limitsError.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty(RuleField.LIMITS).get()
                == null ? "" : vm.errorProperty(RuleField.LIMITS).get(), vm.errorProperty(RuleField.LIMITS)));
        Label prepaid = new Label(Messages.get("rules.limitsPrepaidHint"));
        prepaid.getStyleClass().add(Css.PANE_HINT);
        prepaid.visibleProperty().bind(vm.limitsSupportedProperty().not().and(vm.cardProperty().isNotNull()));
        prepaid.managedProperty().bind(prepaid.visibleProperty());
        VBox limitBox = new VBox(6, limitGrid, limitsError, prepaid);

        ListView<String> diff = new ListView<>(vm.diff());
        diff.setId("rulesDiff");
        diff.setPrefHeight(120);
        diff.setPlaceholder(new Label(Messages.get("rules.noChanges")));
        Button save = new Button(Messages.get("rules.save"));
        save.setId("rulesSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        // Enter in a rule field, or Ctrl+S anywhere in the pane, saves (after the confirmation): reaching Save took
        // eleven Shift+Tabs in an agent's walk-through, and Enter looked as if it should save
        save.defaultButtonProperty().bind(vm.canSaveProperty());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && !save.isDisabled()) {
                e.consume();
                vm.save();
            }
        });
        Button revert = new Button(Messages.get("rules.revert"));
        revert.setId("rulesRevert");
        revert.setOnAction(e -> vm.revert());
        Button clear = new Button(Messages.get("rules.clearAll"));
        clear.setId("rulesClear");
        clear.getStyleClass().add(Styles.DANGER);
        clear.setOnAction(e -> vm.clearAll());

        var readOnly = vm.readOnlyReasonProperty().isNotEmpty();
        lists.disableProperty().bind(readOnly);
        switches.disableProperty().bind(readOnly);
        limitBox.disableProperty().bind(readOnly);
        var idle = vm.command().executableProperty();
        revert.disableProperty().bind(vm.cardProperty().isNull().or(idle.not()).or(readOnly)
                .or(vm.editedProperty().not())); // on with no edits, it looked as if there were some (a walk-through)
        clear.disableProperty().bind(vm.cardProperty().isNull().or(idle.not()).or(readOnly));
        Label why = new Label();
        why.setId("rulesReadOnly");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.WARNING);
        why.textProperty().bind(vm.readOnlyReasonProperty());
        why.visibleProperty().bind(readOnly);
        why.managedProperty().bind(why.visibleProperty());

        VBox others = new VBox(10, readOnly(Messages.get("rules.profileLevel"), vm.profileSummaryProperty(),
                "profileRules"), readOnly(Messages.get("rules.identityLevel"), vm.identitySummaryProperty(),
                "identityRules"));
        others.setPrefWidth(320);
        // side by side where they fit, else the next one under: at 1024x700 the channels were squeezed to "Conta…",
        // "N…" and a limit's error to "The amount cann…" (a walk-through)
        FlowPane sections = new FlowPane(14, 10, titled(Messages.get("rules.section.switches"), switches),
                titled(Messages.get("rules.section.limits"), limitBox), others);
        sections.setRowValignment(VPos.TOP);
        VBox body = new VBox(10, titled(Messages.get("rules.section.lists"), new VBox(8, lists, overlap)),
                sections,
                titled(Messages.get("rules.section.diff"), diff));
        HBox actions = new HBox(10, save, revert, clear);
        actions.visibleProperty().bind(vm.cardProperty().isNotNull());
        actions.managedProperty().bind(actions.visibleProperty());
        ScrollPane scroll = UncachedViewport.install(new ScrollPane(body));
        scroll.visibleProperty().bind(vm.cardProperty().isNotNull());
        scroll.managedProperty().bind(scroll.visibleProperty());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(Forms.title(Messages.get("nav.spendRules")), Forms.hint(Messages.get("rules.hint")),
                top, new ErrorBox(vm.errorProperty()), why, actions, scroll);
    }

    private static VBox field(SpendRulesViewModel vm, RuleField f, ValidationSupport validation) {
        TextField input = new TextField();
        input.setId("rule-" + f.key());
        input.setPromptText(Messages.get("rules.prompt." + f.key()));
        input.setPrefColumnCount(14);
        input.textProperty().bindBidirectional(vm.textProperty(f));
        return Forms.field(Messages.get("rules.f." + f.key()), input, vm.errorProperty(f), validation);
    }

    private static Label names(ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(Css.PANE_HINT);
        l.textProperty().bind(text);
        return l;
    }

    /** A label never cut to "…": its row is as wide as it needs. */
    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        return p;
    }

    private static TitledPane readOnly(String title, ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return titled(title, l);
    }
}
