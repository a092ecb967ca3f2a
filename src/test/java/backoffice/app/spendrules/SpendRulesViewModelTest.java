package backoffice.app.spendrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.error.ValidationException;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The editor's view model against a real sandbox: load, validate, diff, POST/PATCH/DELETE, server errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class SpendRulesViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 2)
    private Identity owner;
    private SessionKit kit;
    private SpendRulesViewModel vm;

    @TempDir
    Path home;

    @BeforeEach
    void impersonate() {
        kit = new SessionKit(home).impersonating(sandbox, owner);
        vm = new SpendRulesViewModel(kit.session);
    }

    private String debit() {
        String id = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        vm.cardIdProperty().set(id);
        vm.load();
        return id;
    }

    private SpendRules stored(String id) {
        return sandbox.server.state().card(id).orElseThrow().spendRules();
    }

    @Test
    void createThenEditSendsPostThenOnlyTheChanges() {
        String id = debit();
        assertThat(vm.diff()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.textProperty(RuleField.BLOCKED_MCC).set("7995");
        vm.switchProperty("allowAtm").set(SpendRulesViewModel.Switch.BLOCK);
        vm.limitProperty("DAILY").set("250.00");
        assertThat(vm.diff()).hasSize(3);
        vm.save();
        assertThat(kit.dialogs.questions.get(kit.dialogs.questions.size() - 1)).startsWith("Create spend rules");
        assertThat(stored(id)).isEqualTo(SpendRules.builder().blockedMerchantCategories(List.of("7995"))
                .allowAtm(false).spendLimit(List.of(SpendLimit.of(stored(id).spendLimit().get(0).value().currency(),
                        25_000, "DAILY"))).build());
        assertThat(vm.diff()).as("reloaded: nothing left to save").isEmpty();

        vm.textProperty(RuleField.BLOCKED_MCC).set("7995, 6011");
        vm.save();
        assertThat(kit.dialogs.questions.get(kit.dialogs.questions.size() - 1)).startsWith("Change the spend rules")
                .contains("7995 \u2192 7995, 6011");
        assertThat(stored(id).blockedMerchantCategories()).containsExactly("7995", "6011");
        assertThat(stored(id).allowAtm()).isFalse();
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::operation)
                .contains("SPEND_RULES_CREATE", "SPEND_RULES_UPDATE");
    }

    @Test
    void declinedConfirmationSendsNothing() {
        String id = debit();
        vm.switchProperty("allowCashback").set(SpendRulesViewModel.Switch.ALLOW);
        kit.dialogs.answer = false;
        vm.save();
        assertThat(stored(id)).isNull();
    }

    @Test
    void invalidInputIsRefusedBeforeSending() {
        String id = debit();
        vm.textProperty(RuleField.ALLOWED_COUNTRIES).set("MT, XX");
        assertThat(vm.errorProperty(RuleField.ALLOWED_COUNTRIES).get()).contains("XX");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.save();
        assertThat(stored(id)).isNull();
    }

    @Test
    void unsettingASwitchReplacesAndClearAllDeletes() {
        String id = debit();
        vm.switchProperty("allowAtm").set(SpendRulesViewModel.Switch.BLOCK);
        vm.switchProperty("allowCashback").set(SpendRulesViewModel.Switch.ALLOW);
        vm.save();
        vm.switchProperty("allowAtm").set(SpendRulesViewModel.Switch.NOT_SET);
        vm.save();
        assertThat(stored(id)).isEqualTo(SpendRules.builder().allowCashback(true).build());
        vm.clearAll();
        assertThat(stored(id)).isNull();
    }

    @Test
    void prepaidCardOffersNoLimits() {
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        vm.cardIdProperty().set(id);
        vm.load();
        assertThat(vm.limitsSupportedProperty().get()).isFalse();
        vm.limitProperty("DAILY").set("10");
        assertThat(vm.limitErrorProperty("DAILY").get()).contains("Prepaid");
    }

    @Test
    void theCurrentCardOfTheCardsPaneIsLoaded() {
        String id = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        kit.session.currentCardIdProperty().set(id);
        assertThat(vm.cardProperty().get().id()).isEqualTo(id);
    }

    @Test
    void builtBeforeItIsShownItReadsTheCurrentCardOnlyOnceShown() {
        String id = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        SpendRulesViewModel ahead = new SpendRulesViewModel(kit.session, shown);
        kit.session.currentCardIdProperty().set(id);
        assertThat(ahead.cardProperty().get()).as("not shown yet: no call").isNull();
        assertThat(vm.cardProperty().get().id()).as("one shown follows at once").isEqualTo(id);
        shown.set(true);
        assertThat(ahead.cardProperty().get().id()).isEqualTo(id);
        String next = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        shown.set(false);
        kit.session.currentCardIdProperty().set(next);
        assertThat(ahead.cardProperty().get().id()).as("once shown, it follows as before").isEqualTo(next);
    }

    @Test
    void serverValidationErrorsLandOnTheirFields() {
        String id = debit();
        var client = kit.session.impersonation().client().managedCards();
        ValidationException refused = (ValidationException) Assertions.catchThrowable(() ->
                client.createSpendRules(id, SpendRules.builder().maxTransactionAmount(-1L)
                        .blockedMerchantCountries(List.of("mt")).build()));
        assertThat(refused).isNotNull();
        vm.showServerErrors(refused.validationErrors());
        assertThat(vm.errorProperty(RuleField.MAX_AMOUNT).get()).contains("AT_LEAST");
        assertThat(vm.errorProperty(RuleField.BLOCKED_COUNTRIES).get()).contains("INVALID_REQUEST");
        assertThatThrownBy(() -> { throw refused; }).isInstanceOf(ValidationException.class);
    }

    @Test
    void loadingAnotherCardWithUnsavedEditsAsksAndKeepsThemWhenDeclined() {
        String first = debit();
        SpendRules before = stored(first);
        String second = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        vm.textProperty(RuleField.BLOCKED_MCC).set("7995");
        assertThat(vm.hasUnsavedEdits()).isTrue();
        int asked = kit.dialogs.questions.size();
        kit.dialogs.answer = false;
        vm.cardIdProperty().set(second);
        vm.load();
        assertThat(kit.dialogs.questions).hasSize(asked + 1);
        assertThat(kit.dialogs.questions.get(asked)).contains("not saved").contains(second).contains("7995");
        assertThat(vm.cardProperty().get().id()).as("kept: the same card").isEqualTo(first);
        assertThat(vm.cardIdProperty().get()).isEqualTo(first);
        assertThat(vm.textProperty(RuleField.BLOCKED_MCC).get()).isEqualTo("7995");

        kit.dialogs.answer = true;
        vm.cardIdProperty().set(second);
        vm.load();
        assertThat(vm.cardProperty().get().id()).as("discarded: the other card").isEqualTo(second);
        assertThat(vm.textProperty(RuleField.BLOCKED_MCC).get()).isEmpty();
        assertThat(vm.hasUnsavedEdits()).isFalse();
        assertThat(stored(first)).as("nothing was sent for the first card").isEqualTo(before);
    }

    @Test
    void loadingWithoutEditsAsksNothing() {
        debit();
        int asked = kit.dialogs.questions.size();
        vm.cardIdProperty().set(sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0));
        vm.load();
        assertThat(kit.dialogs.questions).hasSize(asked);
    }

    @Test
    void undoHasSomethingToUndoOnlyAfterAnEdit() {
        debit();
        assertThat(vm.editedProperty().get()).as("as loaded").isFalse();
        vm.textProperty(RuleField.BLOCKED_MCC).set("7995");
        assertThat(vm.editedProperty().get()).isTrue();
        vm.revert();
        assertThat(vm.editedProperty().get()).isFalse();
    }

    @Test
    void aCardThatCannotBeReadLeavesNoOtherCardEditable() {
        debit();
        assertThat(vm.cardProperty().get()).isNotNull();
        vm.cardIdProperty().set("6959"); // the last four of a card, read as an id: nothing has it
        vm.load();
        assertThat(vm.command().errorProperty().get()).isNotNull();
        assertThat(vm.cardProperty().get()).as("the card shown before is gone with its rules").isNull();
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void aDestroyedCardsRulesAreReadOnlyAndSayWhy() {
        String id = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        kit.session.impersonation().client().managedCards().remove(id);
        SpendRules before = stored(id);
        vm.cardIdProperty().set(id);
        vm.load();
        assertThat(vm.cardProperty().get()).isNotNull();
        assertThat(vm.readOnlyReasonProperty().get()).contains("destroyed");
        vm.textProperty(RuleField.BLOCKED_MCC).set("7995");
        assertThat(vm.diff()).isNotEmpty();
        assertThat(vm.canSaveProperty().get()).isFalse();
        int asked = kit.dialogs.questions.size();
        vm.save();
        vm.clearAll();
        assertThat(kit.dialogs.questions).as("nothing offered to confirm").hasSize(asked);
        assertThat(stored(id)).isEqualTo(before);

        debit();
        assertThat(vm.readOnlyReasonProperty().get()).as("an active card is editable again").isEmpty();
    }
}
