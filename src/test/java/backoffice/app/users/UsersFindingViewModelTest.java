package backoffice.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.cards.CardsViewModel;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an agent on a call finds a user the API cannot list (card holders, by id with a name), takes a wrong one off
 * the list, and deactivates with the confirmation the dialog asks for; on a real sandbox with real files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class UsersFindingViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;

    @TempDir
    Path home;

    private SessionKit kit(String name) {
        return new SessionKit(home.resolve(name)).impersonating(sandbox, owner);
    }

    private static UsersViewModel vm(SessionKit kit) {
        return new UsersViewModel(kit.session, new KnownUsersStore(kit.dirs.data().resolve("known-users.json")));
    }

    private String sandboxUser(String email) {
        return sandbox.server.state().addUser(owner, new AuthorisedUser.Details("Daniel",
                "Vella", email, null, null, null)).id();
    }

    @Test
    void theHolderOfACardReadInTheCardsPaneIsFound() {
        SessionKit kit = kit("holders");
        UsersViewModel vm = vm(kit);
        vm.addCardHolders();
        assertThat(vm.errorProperty().get().sentence()).contains("No cards read yet").contains("Ctrl+2");
        String holder = sandboxUser("holder" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        sandbox.server.state().card(card).orElseThrow().setUserId(holder);
        String noHolder = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        CardsViewModel cards = new CardsViewModel(kit.session);
        cards.open(card);
        cards.open(noHolder);
        vm.addCardHolders();
        assertThat(vm.errorProperty().get()).as("the earlier error is gone once it worked").isNull();
        KnownUser found = vm.users().get(0);
        assertThat(found.id()).isEqualTo(holder);
        assertThat(found.status()).isEqualTo(KnownUser.Status.CARD_HOLDER);
        assertThat(found.row()).contains("name not known").contains("holds card").contains(holder);
        assertThat(vm(kit).users()).as("remembered").extracting(KnownUser::id).containsExactly(holder);
        assertThat(kit.dialogs.notices).anyMatch(n -> n.contains("1 of the 2 cards read have a holder"));
    }

    @Test
    void addByIdTakesANameSaysWhatIsNotKnownAndAWrongOneCanBeRemoved() {
        SessionKit kit = kit("byid");
        UsersViewModel vm = vm(kit);
        vm.addIdProperty().set(" 110170049121026555 ");
        vm.addNameProperty().set("Daniel Vella (Northwind)");
        vm.addById();
        vm.addIdProperty().set("110170049121026777");
        vm.addById();
        assertThat(vm.users()).extracting(KnownUser::row).containsExactly(
                "name not known \u00b7 e-mail not known \u00b7 id 110170049121026777 \u00b7 added by id",
                "Daniel Vella (Northwind) \u00b7 e-mail not known \u00b7 id 110170049121026555 \u00b7 added by id");
        assertThat(vm.addNameProperty().get()).isEmpty();
        vm.selectedProperty().set(vm.users().get(0));
        vm.forget();
        assertThat(vm.users()).extracting(KnownUser::id).containsExactly("110170049121026555");
        assertThat(vm(kit).users()).as("forgotten in the file too").extracting(KnownUser::id)
                .containsExactly("110170049121026555");
        assertThat(kit.dialogs.notices).anyMatch(n -> n.contains("nothing changed at Weavr"));
    }

    @Test
    void addByIdNamesTheRealCauseAndASuccessClearsTheError() {
        SessionKit kit = kit("causes");
        UsersViewModel vm = vm(kit);
        vm.addById();
        assertThat(vm.errorProperty().get().sentence()).isEqualTo("Type the user's id (digits) to add them.");
        vm.addIdProperty().set("12ab");
        vm.addById();
        assertThat(vm.errorProperty().get().sentence()).isEqualTo("A user id is digits only; \u201c12ab\u201d is not.")
                .doesNotContain("impersonated");
        vm.addIdProperty().set("42");
        vm.addById();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.users()).extracting(KnownUser::id).containsExactly("42");

        UsersViewModel nobody = vm(new SessionKit(home.resolve("nobody")).connectedTo(sandbox));
        nobody.addIdProperty().set("42");
        nobody.addById();
        assertThat(nobody.errorProperty().get().sentence()).isEqualTo("Impersonate a customer first (Ctrl+1).");
        assertThat(nobody.emptyListTextProperty().get()).isEqualTo("Impersonate a customer first (Ctrl+1).");
        assertThat(vm.emptyListTextProperty().get()).startsWith("No users known yet");
    }

    @Test
    void deactivateSaysWhatToTypeAndAcceptsTheEmailInAnyCase() {
        SessionKit kit = kit("deactivate");
        UsersViewModel vm = vm(kit);
        String email = "daniel" + UUID.randomUUID().toString().substring(0, 6) + "@northwind.example";
        String id = sandboxUser(email);
        // known by name and e-mail: created here in another session, as the file would hold it
        vm.addIdProperty().set(id);
        vm.addById();
        KnownUser byId = vm.users().get(0);
        vm.selectedProperty().set(byId);
        kit.dialogs.typed = email;
        vm.deactivate();
        assertThat(kit.dialogs.labels).last().isEqualTo("Type the user's id to confirm (" + id + "):");
        assertThat(vm.errorProperty().get().sentence()).contains("is not the user's id (" + id + ")");
        assertThat(sandbox.server.state().users().user(id).orElseThrow().active()).isTrue();

        KnownUser withEmail = new KnownUser(id, "Daniel Vella", email, KnownUser.Status.INVITED, null);
        vm.selectedProperty().set(withEmail);
        kit.dialogs.typed = "  " + email.toUpperCase() + " ";
        vm.deactivate();
        assertThat(kit.dialogs.labels).last().isEqualTo("Type the user's e-mail address to confirm (" + email + "):");
        assertThat(kit.dialogs.questions).last().asString().startsWith("Deactivate Daniel Vella <" + email + ">?")
                .contains("Type the user's e-mail address to confirm");
        assertThat(vm.errorProperty().get()).as("the mismatch is cleared by the success").isNull();
        assertThat(sandbox.server.state().users().user(id).orElseThrow().active()).isFalse();
    }
}
