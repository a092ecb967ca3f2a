package backoffice.app.shell;

import backoffice.app.Messages;
import backoffice.app.ui.AheadSteps;
import backoffice.app.ui.Css;
import backoffice.app.ui.FirstFocus;
import backoffice.app.ui.FocusReturn;
import backoffice.app.ui.FocusScroll;
import backoffice.app.ui.NodeTree;
import backoffice.app.ui.NoticeBar;
import backoffice.app.ui.Theme;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu, environment banner, navigation with one slot per pane (Ctrl/Cmd + digit),
 * the selected pane (built on first visit), and a status bar with the latest notice.
 */
public final class ShellView extends BorderPane {

    private final ShellViewModel vm;
    private final Map<PaneId, Supplier<Parent>> factories;
    private final Map<PaneId, Parent> built = new EnumMap<>(PaneId.class);
    private final Set<PaneId> shown = EnumSet.noneOf(PaneId.class);
    private final StackPane content = new StackPane();
    /** The pane with any overlays (quick find) over it; the notice bar sits above it in {@link #centre}. */
    private final StackPane area = new StackPane(content);
    private final VBox centre = new VBox(area);
    private final Consumer<String> shortcuts;
    // made on the first notice of each kind: the first frame does not need them (~8 ms)
    private NoticeBar warningBar;
    private NoticeBar infoBar;

    public ShellView(ShellViewModel vm, Map<PaneId, Supplier<Parent>> factories, ReadOnlyStringProperty notice,
                     Runnable quit, Runnable about) {
        this(vm, factories, notice, quit, about, text -> { });
    }

    public ShellView(ShellViewModel vm, Map<PaneId, Supplier<Parent>> factories, ReadOnlyStringProperty notice,
                     Runnable quit, Runnable about, Consumer<String> shortcuts) {
        this.shortcuts = shortcuts;
        this.vm = vm;
        this.factories = factories;
        setId("shell");
        VBox top = new VBox(menu(quit, about), banner());
        setTop(top);
        setLeft(new NavigationView(vm.selectedProperty()));
        VBox.setVgrow(area, Priority.ALWAYS);
        setCenter(centre);
        setBottom(statusBar(notice));
        vm.selectedProperty().addListener((o, a, now) -> show(now));
        show(vm.selectedProperty().get());
        vm.darkThemeProperty().addListener((o, a, dark) -> Theme.apply(dark));
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                FocusReturn.across(now); // every pane's buttons that go off while they work
                FocusScroll.across(now); // and a focused field is never below the window's edge
            }
        });
    }

    /** Puts a node over the pane area (quick find) and a View menu item that shows it with its accelerator. */
    public void addOverlay(Node overlay, String menuText, KeyCombination accelerator, Runnable show) {
        area.getChildren().add(overlay); // over the pane, not under it: in the VBox it took 326 px of its height
        MenuItem item = new MenuItem(menuText);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> show.run());
        ((MenuBar) ((VBox) getTop()).getChildren().get(0)).getMenus().get(1).getItems().add(0, item);
    }

    /**
     * Shows a notice: a warning that {@code stays} until closed sits above the pane (never over its heading);
     * information that fades by itself floats over the bottom of the pane area, so the pane does not jump by the
     * bar's height under the agent's pointer while the notice comes and goes (a click aimed at one field landed in
     * the next). Only its ✕ takes the pointer there: a click elsewhere on it reaches the pane below.
     */
    public void flash(String text, boolean stays) {
        // one bar in each place, never moved: a node moved between parents during a pulse threw in JavaFX's cached
        // bounds (IndexOutOfBoundsException in Parent.updateCachedBounds)
        if (stays && warningBar == null) {
            warningBar = new NoticeBar();
            warningBar.managedProperty().bind(warningBar.visibleProperty());
            centre.getChildren().add(0, warningBar);
        } else if (!stays && infoBar == null) {
            infoBar = new NoticeBar();
            infoBar.managedProperty().bind(infoBar.visibleProperty());
            infoBar.setClickThrough(true);
            StackPane.setAlignment(infoBar, Pos.BOTTOM_CENTER);
            area.getChildren().add(infoBar);
        }
        NoticeBar shown = stays ? warningBar : infoBar;
        NoticeBar other = stays ? infoBar : warningBar;
        if (other != null) {
            other.hide(); // one notice at a time, as before
        }
        shown.show(text, stays);
    }

    /** Every shortcut, for Help > Keyboard shortcuts: the panes' from the navigation, then the fixed ones. */
    static String shortcutsText() {
        StringBuilder sb = new StringBuilder();
        for (PaneId pane : PaneId.values()) {
            sb.append(Messages.get("shortcuts.pane", pane.digit(), Messages.get(pane.titleKey()))).append('\n');
        }
        return sb.append(Messages.get("shortcuts.fixed")).toString();
    }

    private MenuBar menu(Runnable quit, Runnable about) {
        Menu file = new Menu(Messages.get("menu.file"));
        MenuItem exit = new MenuItem(Messages.get("menu.quit"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> quit.run());
        file.getItems().add(exit);
        Menu view = new Menu(Messages.get("menu.view"));
        for (PaneId pane : PaneId.values()) {
            MenuItem item = new MenuItem(Messages.get(pane.titleKey()));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + pane.digit()));
            item.setOnAction(e -> {
                // focus off the old pane first: a focus owner removed with its pane makes the scene move focus
                // on by itself (to the navigation) after this handler
                content.requestFocus();
                vm.select(pane);
                focusFirstField(built.get(pane)); // the shortcut means "work here": typing goes to the first field
            });
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.darkTheme"));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        Menu help = new Menu(Messages.get("menu.help"));
        MenuItem aboutItem = new MenuItem(Messages.get("menu.about"));
        aboutItem.setOnAction(e -> about.run());
        MenuItem keys = new MenuItem(Messages.get("menu.shortcuts"));
        keys.setId("menuShortcuts");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> shortcuts.accept(shortcutsText()));
        help.getItems().addAll(keys, aboutItem);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private HBox banner() {
        Label env = new Label();
        env.setId("bannerEnv");
        env.textProperty().bind(vm.bannerTextProperty());
        Label identity = new Label();
        identity.setId("bannerIdentity");
        identity.textProperty().bind(vm.identityTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(12, env, spacer, identity);
        banner.setId("banner");
        banner.getStyleClass().add(Css.BANNER);
        vm.bannerKindProperty().addListener((o, a, now) -> styleBanner(banner, now));
        styleBanner(banner, vm.bannerKindProperty().get());
        return banner;
    }

    private static void styleBanner(HBox banner, ShellViewModel.BannerKind kind) {
        banner.getStyleClass().removeAll(Css.BANNER_EMBEDDED, Css.BANNER_SANDBOX, Css.BANNER_CUSTOM, Css.BANNER_NONE);
        banner.getStyleClass().add(switch (kind) {
            case EMBEDDED -> Css.BANNER_EMBEDDED;
            case WEAVR_SANDBOX -> Css.BANNER_SANDBOX;
            case CUSTOM -> Css.BANNER_CUSTOM;
            case NONE -> Css.BANNER_NONE;
        });
    }

    private HBox statusBar(ReadOnlyStringProperty notice) {
        Label text = new Label();
        text.setId("statusText");
        text.textProperty().bind(notice);
        HBox bar = new HBox(8, text);
        bar.getStyleClass().add(Css.STATUS_BAR);
        return bar;
    }

    /** Puts the focus in the pane shown, as its shortcut does: at the start nothing had it (a walk-through). */
    public void focusShownPane() {
        PaneId pane = vm.selectedProperty().get();
        if (pane != null) {
            focusFirstField(built.get(pane));
        }
    }

    /**
     * Focuses the pane's first enabled, visible field (a text field if there is one, else the first control), or the
     * control it names as {@link FirstFocus} for now.
     */
    static void focusFirstField(Node pane) {
        if (pane instanceof Parent p) {
            p.applyCss(); // skins now, not at the next pulse: a pane's scroller adds its content through its skin
        }
        Node first = FirstFocus.of(pane);
        if (first == null) {
            first = firstFocusable(pane, true);
        }
        if (first == null) {
            first = firstFocusable(pane, false);
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node node, boolean textOnly) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        boolean field = textOnly ? node instanceof TextInputControl
                && ((TextInputControl) node).isEditable()
                : node instanceof Control;
        if (field && node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof ScrollPane sp) {
            return firstFocusable(sp.getContent(), textOnly);
        }
        if (node instanceof TabPane tabs) {
            return firstFocusable(tabs.getSelectionModel().getSelectedItem() == null ? null
                    : tabs.getSelectionModel().getSelectedItem().getContent(), textOnly);
        }
        if (node instanceof SplitPane split) {
            for (Node item : split.getItems()) {
                Node found = firstFocusable(item, textOnly);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node instanceof Control && !(node instanceof TitledPane)) {
            return null; // a control's insides (a combo box's editor) are its own
        }
        if (node instanceof TitledPane tp) {
            return tp.isExpanded() ? firstFocusable(tp.getContent(), textOnly) : null;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child, textOnly);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void show(PaneId pane) {
        if (pane == null) {
            return;
        }
        shown.add(pane);
        Scene scene = getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        boolean inPanes = scene != null && (owner == null || NodeTree.inside(area, owner));
        Parent now = node(pane);
        content.getChildren().setAll(now);
        if (inPanes) {
            // the focus was in the pane that left (or in quick find, or nowhere): JavaFX gave it to the navigation or
            // to nobody, and typed text went nowhere (walk-throughs: a card opened from the workspace or quick find).
            // It goes to the new pane's first field; an agent moving through the navigation keeps it there.
            Platform.runLater(() -> {
                Node focus = scene.getFocusOwner();
                if (content.getChildren().contains(now) && (focus == null || !NodeTree.inside(now, focus))) {
                    focusFirstField(now);
                }
            });
        }
    }

    /** The pane as the window shows it, built now if it was not yet. */
    Parent node(PaneId pane) {
        return built.computeIfAbsent(pane, p -> PaneFit.scrolling(
                factories.getOrDefault(p, () -> new PlaceholderView(p)).get()));
    }

    /**
     * Styles and lays out a pane that is not shown, in the window's scene behind the one shown, and takes it out again,
     * all in one go: nothing else runs meanwhile, so no event, frame or screen reader meets it. Its first opening is
     * then like a second one: JavaFX keeps its skins and the scene's style matches (issue 18: opening Transfers the
     * first time held the window 140 ms, a second time under 20). The scene's shortcuts are put back as they were:
     * taking a pane out removes its menu items' accelerators from the scene by key, the shown pane's same keys too.
     *
     * @return false when the pane has been shown (nothing done: it is styled already, and showing it again would start
     *         what its scene listeners start)
     */
    boolean styleAhead(PaneId pane) {
        return inSceneUnseen(pane, node -> {
            node.applyCss();
            if (node instanceof Region r) {
                r.resize(content.getWidth(), content.getHeight());
            }
            node.layout();
            return true;
        });
    }

    /**
     * Runs the next of the steps the pane offers to do before it is first shown ({@link AheadSteps}), with it in the
     * scene as {@link #styleAhead} puts it there. Returns whether steps are left: false when it offers none, or once
     * it has been shown (its own code then does what is left).
     */
    boolean stepAhead(PaneId pane) {
        BooleanSupplier steps = AheadSteps.of(((ScrollPane) node(pane)).getContent());
        return steps != null && inSceneUnseen(pane, node -> steps.getAsBoolean());
    }

    /** Puts the pane, unseen, in the scene behind the shown one, runs {@code work} and takes it out again. */
    private boolean inSceneUnseen(PaneId pane, Predicate<Parent> work) {
        Scene scene = getScene();
        if (shown.contains(pane) || scene == null) {
            return false;
        }
        Parent node = node(pane);
        Map<KeyCombination, Runnable> shortcutsBefore = new HashMap<>(scene.getAccelerators());
        node.setVisible(false);
        content.getChildren().add(0, node);
        try {
            return work.test(node);
        } finally {
            content.getChildren().remove(node);
            node.setVisible(true);
            scene.getAccelerators().keySet().retainAll(shortcutsBefore.keySet());
            scene.getAccelerators().putAll(shortcutsBefore);
        }
    }

    /** Whether the pane has been built (shown once, or built ahead). */
    boolean isBuilt(PaneId pane) {
        return built.containsKey(pane);
    }

}
