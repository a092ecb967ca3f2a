package backoffice.app.shell;

import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.connection.CleartextGuard;
import backoffice.app.settings.EnvironmentKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The frame around the panes: which pane is shown, the always-visible environment banner (which backend, which
 * identity), and the theme.
 */
public final class ShellViewModel {

    /** How loudly the banner must speak: calm for the embedded sandbox, louder the further from it. */
    public enum BannerKind { NONE, EMBEDDED, WEAVR_SANDBOX, CUSTOM }

    private final ConsoleSession session;
    private final ObjectProperty<PaneId> selected = new SimpleObjectProperty<>(PaneId.IMPERSONATION);
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<BannerKind> bannerKind = new ReadOnlyObjectWrapper<>(BannerKind.NONE);
    private final ReadOnlyStringWrapper identityText = new ReadOnlyStringWrapper();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();

    public ShellViewModel(ConsoleSession session) {
        this.session = session;
        darkTheme.set(session.settings().darkTheme());
        String last = session.settings().lastPane();
        if (last != null) {
            try {
                selected.set(PaneId.valueOf(last));
            } catch (IllegalArgumentException renamed) {
                selected.set(PaneId.IMPERSONATION);
            }
        }
        session.connectionProperty().addListener((o, a, now) -> showConnection(now));
        session.impersonationProperty().addListener((o, a, now) -> showIdentity(now));
        session.identityNameProperty().addListener((o, a, now) -> showIdentity(session.impersonation()));
        selected.addListener((o, a, now) -> {
            if (now != null) {
                session.updateSettings(s -> s.withLastPane(now.name()));
            }
        });
        darkTheme.addListener((o, a, now) -> session.updateSettings(s -> s.withDarkTheme(now)));
        showConnection(session.connection());
        showIdentity(session.impersonation());
    }

    public void select(PaneId pane) {
        selected.set(pane);
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    private void showConnection(Connection c) {
        if (c == null) {
            bannerKind.set(BannerKind.NONE);
            bannerText.set(Messages.get("banner.notConnected"));
            return;
        }
        bannerKind.set(switch (c.kind()) {
            case EMBEDDED -> BannerKind.EMBEDDED;
            case WEAVR_SANDBOX -> BannerKind.WEAVR_SANDBOX;
            case CUSTOM -> BannerKind.CUSTOM;
        });
        bannerText.set(c.kind() == EnvironmentKind.EMBEDDED ? Messages.get("banner.embedded")
                : c.kind() == EnvironmentKind.WEAVR_SANDBOX ? Messages.get("banner.weavrSandbox", c.rootUrl())
                : CleartextGuard.sendsKeyInClear(c.rootUrl())
                ? Messages.get("banner.customCleartext", c.rootUrl()) : Messages.get("banner.custom", c.rootUrl()));
    }

    private void showIdentity(Impersonation i) {
        identityText.set(i == null ? Messages.get("banner.noIdentity")
                : Messages.get("banner.identity", i.identity().type(), i.identity().id())
                + (session.identityNameProperty().get().isBlank() ? ""
                : " \u00b7 " + session.identityNameProperty().get()));
    }

    public ObjectProperty<PaneId> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BannerKind> bannerKindProperty() {
        return bannerKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identityTextProperty() {
        return identityText.getReadOnlyProperty();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
