package backoffice.app.cards;

import backoffice.app.ui.Ids;
import backoffice.app.ui.RestrictedFeature;
import backoffice.client.RequestOptions;
import backoffice.app.ConsoleSession;
import backoffice.app.command.Command;
import backoffice.app.command.CommandBacked;
import backoffice.app.command.Operation;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Money;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.codes.ErrorCode;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.BlockedReason;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card desk: look a card up, see what an agent needs at a glance (never the full number or CVV), block or
 * unblock it with one toggle whose state follows the card, remove it after a typed confirmation. Every action
 * shows progress, refreshes the card and writes a journal line; refusals are explained in words.
 */
public final class CardsViewModel implements CommandBacked {


    // ---- dependencies
    private final ConsoleSession session;
    private final Command command;

    // ---- properties
    private final StringProperty cardId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper cardIdError = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ManagedCard> card = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CardDetail> details = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper toggleAllowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper toggleReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper removeAllowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper renewalAllowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stopRenewing = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper blockingApplies = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final BooleanBinding canLookup;

    public CardsViewModel(ConsoleSession session) {
        this.session = session;
        this.command = new Command(session);
        cardId.addListener((o, a, now) -> {
            cardIdError.set(now == null || now.isBlank() || Ids.isId(now) ? null : Messages.get("cards.idDigits"));
            if (card.get() != null && !card.get().id().equals(Ids.normalise(now))) {
                show(null); // the card shown no longer matches the box: no action may reach it by mistake
            }
        });
        canLookup = command.executableWhen(Bindings.createBooleanBinding(() -> cardId.get() != null
                && Ids.isId(cardId.get()) && session.impersonation() != null, cardId, session.impersonationProperty()));
        session.impersonationProperty().addListener((o, a, now) -> {
            show(null);
            recent.setAll(session.recentCards());
        });
        recent.setAll(session.recentCards());
        session.openRequestProperty().addListener((o, a, now) -> openRequested(now));
        openRequested(session.openRequestProperty().get());
    }

    /** A card asked for elsewhere (workspace, quick find) opens here. */
    private void openRequested(ConsoleSession.OpenRequest request) {
        if (request != null && request.opensCards() && !request.instrument().id().equals(cardId.get())) {
            open(request.instrument().id());
        }
    }

    // ---- commands

    /** Reads the typed card as the impersonated identity. */
    public void lookup() {
        String id = Ids.normalise(cardId.get());
        if (!Ids.isId(id)) {
            cardIdError.set(Messages.get("cards.idDigits"));
            return;
        }
        command.asIdentity(Messages.get("cards.readAction"), c -> c.managedCards().get(id)).onSuccess(loaded -> {
            show(loaded);
            remember(loaded.id());
            session.currentCardIdProperty().set(loaded.id());
        }).execute();
    }

    /** Opens the shown card's statement in Statements. */
    public void openStatement() {
        ManagedCard c = card.get();
        if (c != null) {
            session.openStatement(InstrumentId.card(c.id()));
        }
    }

    public void open(String id) {
        cardId.set(id);
        lookup();
    }

    /** Opens an account the card names (its parent) in Statements. */
    public void openAccount(String accountId) {
        if (accountId != null && !accountId.isBlank()) {
            session.open(InstrumentId.account(accountId));
        }
    }

    /** The toggle: blocks an active card, unblocks a card the user blocked; refused states never reach here. */
    public void toggleBlock() {
        ManagedCard c = card.get();
        if (c == null || !toggleAllowed.get() || !command.executableProperty().get()) {
            return; // the toggle stays enabled while busy, so that keyboard focus stays on it
        }
        boolean unblock = c.state().state() == State.BLOCKED;
        // unblocking lets a card that may be lost or stolen pay again: asked, so a second Space or click on the
        // toggle just after blocking does not undo the block
        if (unblock && !session.dialogs().confirmAgainstDefault(Messages.get("cards.unblockTitle"),
                Messages.get("cards.unblockQuestion", c.maskedNumber()), Messages.get("cards.unblockConfirm"))) {
            return;
        }
        act(unblock ? Operation.UNBLOCK_CARD : Operation.BLOCK_CARD, Messages.get(unblock ? "cards.unblockAction"
                : "cards.blockAction"), client -> unblock ? client.managedCards().unblock(c.id())
                : client.managedCards().block(c.id()), Messages.get(unblock ? "cards.unblocked" : "cards.blocked",
                c.maskedNumber()));
    }

    /**
     * Removal is irreversible: the agent types the card's last four digits to confirm. A prepaid card that still
     * holds money is refused before anything is sent, with the reason.
     */
    public void remove() {
        ManagedCard c = card.get();
        if (c == null || !removeAllowed.get()) {
            return;
        }
        if (c.balances() != null && (c.balances().availableBalance() != 0 || c.balances().actualBalance() != 0)) {
            command.fail(new ErrorReport(Messages.get("cards.balanceNotZero",
                    Money.format(c.balances().actualBalance(), c.currency())), ErrorCode.BALANCE_NOT_ZERO.name(),
                    null, null, null,
                    ErrorReport.Kind.OTHER));
            return;
        }
        Optional<String> typed = session.dialogs().askCheckedText(Messages.get("cards.removeTitle"),
                Messages.get("cards.removeQuestion", c.friendlyName(), c.maskedNumber()),
                Messages.get("cards.removePrompt"), t -> t != null && t.trim().equals(c.cardNumberLastFour()) ? null
                        : Messages.get("cards.removeMismatch"));
        if (typed.isEmpty()) {
            return;
        }
        act(Operation.REMOVE_CARD, Messages.get("cards.removeAction"), client -> client.managedCards().remove(c.id()),
                Messages.get("cards.removed", c.maskedNumber()));
    }

    /**
     * "Stop renewing" / "Renew": asks first, then {@code PATCH /renewal} with an idempotency-ref fixed at the
     * confirmation. Not offered for a destroyed card (nothing left to renew).
     */
    public void toggleRenewal() {
        ManagedCard c = card.get();
        if (c == null || !renewalAllowed.get()) {
            return;
        }
        boolean stop = !ManagedCard.NO_RENEW.equals(c.renewalType());
        String expiry = CardDetails.expiry(c);
        if (!session.dialogs().confirm(Messages.get("cards.renewalAction"), Messages.get(stop
                ? "cards.stopRenewingQuestion" : "cards.renewQuestion", c.maskedNumber(), expiry),
                Messages.get(stop ? "cards.stopRenewingConfirm" : "cards.renewConfirm"))) {
            return;
        }
        String type = stop ? ManagedCard.NO_RENEW : ManagedCard.RENEW;
        RequestOptions options = RequestOptions.idempotent(UUID.randomUUID().toString());
        act(Operation.CARD_RENEWAL, Messages.get("cards.renewalAction"), c.maskedNumber() + " " + type,
                client -> client.managedCards().setRenewal(c.id(), type, options),
                Messages.get("cards.renewalDone", c.maskedNumber(), CardDetails.renewalText(type)));
    }

    /** The view copied a detail to the clipboard: confirm it, naming which. */
    public void copied(String label) {
        session.notifier().info(Messages.get("cards.copied", label));
    }

    public void refresh() {
        ManagedCard c = card.get();
        if (c != null) {
            open(c.id());
        }
    }

    // ---- helpers

    private void act(Operation operation, String action, Function<BackOfficeClient, ApiResult<Void>> call,
                     String done) {
        act(operation, action, null, call, done);
    }

    /** {@code detail}: what the journal line says was asked (e.g. "…1234 NO_RENEW"); null = the masked number. */
    private void act(Operation operation, String action, String detail,
                     Function<BackOfficeClient, ApiResult<Void>> call, String done) {
        ManagedCard c = card.get();
        command.asIdentity(action, client -> new Changed(call.apply(client).requestRef(),
                        client.managedCards().get(c.id())))
                .journal(operation, c.id(), detail != null ? detail : c.maskedNumber())
                .requestRef(Changed::requestRef)
                .explain(failure -> explainUnblockRefusal(operation, RestrictedFeature.explain(failure, action)))
                .onSuccess(changed -> {
                    show(changed.card());
                    session.notifier().info(done);
                })
                .onFailure(report -> {
                    if (report.errorCode() != null) {
                        reloadKeepingTheExplanation(c.id());
                    }
                })
                .execute();
    }

    /** The card as read right after a change, and the change's request-ref. */
    private record Changed(String requestRef, ManagedCard card) {
    }

    /**
     * The sandbox (and, we expect, the live API: no published unblock code fits) refuses to unblock a card the
     * system blocked with 403 INSUFFICIENT_PERMISSIONS; that is about the card, not the api-key, so say so.
     */
    private static ErrorReport explainUnblockRefusal(Operation operation, ErrorReport r) {
        if (operation != Operation.UNBLOCK_CARD || !r.hasCode(ErrorCode.INSUFFICIENT_PERMISSIONS)) {
            return r;
        }
        return new ErrorReport(Messages.get("cards.unblockNotPermitted"), r.errorCode(), r.requestRef(),
                r.fieldErrors(), r.details(), ErrorReport.Kind.OTHER);
    }

    /** After a refusal the card's state may differ from what was shown: re-read it, keep the error visible. */
    private void reloadKeepingTheExplanation(String id) {
        command.asIdentity(Messages.get("cards.readAction"), client -> client.managedCards().get(id)).quietly()
                .onSuccess(this::show).execute();
    }

    private void remember(String id) {
        ObservableList<String> kept = session.recentCards();
        kept.remove(id);
        kept.add(0, id);
        if (kept.size() > 10) {
            kept.remove(10, kept.size());
        }
        recent.setAll(kept);
    }

    /** Applies a card (or nothing) to every derived property: details, toggle state and reason, remove. */
    private void show(ManagedCard c) {
        card.set(c);
        if (c == null) {
            details.clear();
            blocked.set(false);
            toggleAllowed.set(false);
            toggleReason.set("");
            removeAllowed.set(false);
            renewalAllowed.set(false);
            blockingApplies.set(false);
            return;
        }
        InstrumentState s = c.state();
        blocked.set(s.state() == State.BLOCKED);
        String refusal = toggleRefusal(s);
        toggleAllowed.set(refusal == null);
        toggleReason.set(refusal == null ? "" : refusal);
        removeAllowed.set(s.state() != State.DESTROYED);
        renewalAllowed.set(s.state() != State.DESTROYED && c.renewalType() != null);
        stopRenewing.set(!ManagedCard.NO_RENEW.equals(c.renewalType()));
        blockingApplies.set(s.state() != State.DESTROYED);
        details.setAll(CardDetails.describe(c));
        session.cardRead(c);
    }

    /** Why the API would refuse block/unblock in this state, or null when the toggle may be used. */
    static String toggleRefusal(InstrumentState s) {
        if (s.state() == State.DESTROYED) {
            return s.destroyedReason() == DestroyedReason.STOLEN || s.destroyedReason() == DestroyedReason.LOST
                    ? Messages.get("cards.toggle.stolen") : Messages.get("cards.toggle.destroyed");
        }
        if (s.state() == State.BLOCKED && s.blockedReason() == BlockedReason.LOST) {
            return Messages.get("cards.toggle.lost");
        }
        if (s.state() == State.BLOCKED && s.blockedReason() != BlockedReason.USER) {
            return Messages.get("cards.toggle.system");
        }
        if (s.state() == State.NOT_ENABLED) {
            return Messages.get("cards.toggle.notEnabled");
        }
        return null;
    }

    // ---- accessors

    public StringProperty cardIdProperty() {
        return cardId;
    }

    public ReadOnlyStringProperty cardIdErrorProperty() {
        return cardIdError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ManagedCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ObservableList<CardDetail> details() {
        return details;
    }

    @Override
    public Command command() {
        return command;
    }

    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty toggleAllowedProperty() {
        return toggleAllowed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toggleReasonProperty() {
        return toggleReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty removeAllowedProperty() {
        return removeAllowed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renewalAllowedProperty() {
        return renewalAllowed.getReadOnlyProperty();
    }

    /** True when the renewal action would stop renewing (the card renews now). */
    public ReadOnlyBooleanProperty stopRenewingProperty() {
        return stopRenewing.getReadOnlyProperty();
    }

    public BooleanBinding canLookupProperty() {
        return canLookup;
    }

    public ObservableList<String> recentCards() {
        return recent;
    }

    /** False for a destroyed card: neither blocking nor unblocking applies, so the toggle is not shown. */
    public ReadOnlyBooleanProperty blockingAppliesProperty() {
        return blockingApplies.getReadOnlyProperty();
    }
}
