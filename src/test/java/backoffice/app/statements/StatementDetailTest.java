package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.cards.CardsViewModel;
import backoffice.app.transactions.TransactionDetail.Field;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.export.StatementLine;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A statement row's detail, and the card open in Cards reaching Statements, on a real sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class StatementDetailTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CONSUMER, index = 0)
    private Identity owner;
    private String card;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 10_000);
        sandbox.admin("/sandbox/card_purchases", "{\"managedCardId\":\"" + card + "\",\"amount\":2500,"
                + "\"merchantName\":\"Lucky Spin\",\"merchantCategoryCode\":\"7995\",\"merchantCountry\":\"MT\"}",
                201);
        sandbox.admin("/sandbox/card_purchases", "{\"managedCardId\":\"" + card + "\",\"amount\":99999999,"
                + "\"merchantName\":\"Tesco\",\"merchantCategoryCode\":\"5411\",\"merchantCountry\":\"GB\"}", 201);
    }

    private StatementsViewModel statements(SessionKit kit, ManualScheduler scheduler) {
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        return new StatementsViewModel(kit.session, scheduler, new ExportSigning(() -> keys), Clock.systemUTC());
    }

    private static void showAll(ManualScheduler scheduler) {
        while (scheduler.runNext()) {
            // the FX ticks that move fetched rows into the table
        }
    }

    @Test
    void aDeclinedEntryOpensItsDetailWithTheReasonInWords() {
        SessionKit kit = new SessionKit(home.resolve("detail")).impersonating(sandbox, owner);
        ManualScheduler scheduler = new ManualScheduler();
        StatementsViewModel vm = statements(kit, scheduler);
        vm.fields().kindProperty().set(StatementsViewModel.Kind.CARD);
        vm.fields().instrumentIdProperty().set(card);
        vm.load();
        showAll(scheduler);
        StatementLine declined = vm.rows().all().stream().filter(l -> l.type().equals("AUTHORISATION_DECLINE"))
                .findFirst().orElseThrow();

        assertThat(StatementRowText.tooltip(declined)).isEqualTo("Tesco \u2014 declined: INSUFFICIENT_FUNDS\n"
                + "Declined: not enough money available for the attempted amount. Enter or double-click shows every field.");
        String copied = StatementRowText.rows(List.of(declined));
        assertThat(copied.split("\n")).hasSize(2);
        assertThat(copied.split("\n")[0]).startsWith("Time\t");
        assertThat(copied.split("\n")[1].split("\t")).contains("AUTHORISATION_DECLINE",
                "Tesco \u2014 declined: INSUFFICIENT_FUNDS", declined.transactionId());
        StatementLine rule = new StatementLine(0, "AUTHORISATION_DECLINE", "1", "COMPLETED",
                "Lucky Spin \u2014 declined: MERCHANT_CATEGORY_BLOCKED", "EUR", 0, 0, 0);
        assertThat(StatementRowText.tooltip(rule)).contains("merchant category (named in the detail) is blocked");

        List<List<Field>> opened = new ArrayList<>();
        vm.detail().detailProperty().addListener((o, was, now) -> {
            if (now != null) {
                opened.add(now);
            }
        });
        vm.detail().open(declined);
        vm.detail().open(declined);
        assertThat(opened).as("opened twice: the detail window shows twice (a walk-through: the second did nothing)")
                .hasSize(2);

        assertThat(vm.errorProperty().get()).as("the re-read of one instant is accepted by the server").isNull();
        assertThat(vm.detail().detailProperty().get()).isNotNull();
        assertThat(vm.detail().detailProperty().get()).extracting(Field::value)
                .contains(declined.transactionId(), "Tesco", "AUTHORISATION_DECLINE")
                .contains("not enough money available for 999,999.99 EUR");
    }

    @Test
    void theCardOpenInCardsIsProposedWhenStatementsIsFirstOpenedAndItsButtonLoadsIt() {
        SessionKit kit = new SessionKit(home.resolve("propose")).impersonating(sandbox, owner);
        CardsViewModel cards = new CardsViewModel(kit.session);
        cards.open(card);
        ManualScheduler scheduler = new ManualScheduler();
        StatementsViewModel vm = statements(kit, scheduler); // the pane is made when first shown
        assertThat(vm.fields().kindProperty().get()).isEqualTo(StatementsViewModel.Kind.CARD);
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo(card);
        assertThat(vm.rows().all()).isEmpty();

        vm.fields().kindProperty().set(StatementsViewModel.Kind.ACCOUNT);
        vm.fields().instrumentIdProperty().set("");
        cards.openStatement();
        showAll(scheduler);
        assertThat(kit.session.openRequestProperty().get().opensCards()).isFalse();
        assertThat(vm.fields().kindProperty().get()).isEqualTo(StatementsViewModel.Kind.CARD);
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo(card);
        assertThat(vm.rows().all()).extracting(StatementLine::type).contains("AUTHORISATION_DECLINE");
    }
}
