package backoffice.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Messages;
import backoffice.client.model.IdentityType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.UUID;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Users pane's view model on a real sandbox with the direct runner and real files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class UsersViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 2)
    private Identity owner;
    private SessionKit kit;
    private UsersViewModel vm;
    private KnownUsersStore store;

    @TempDir
    Path home;

    @BeforeEach
    void impersonate() {
        kit = new SessionKit(home).impersonating(sandbox, owner);
        store = new KnownUsersStore(kit.dirs.data().resolve("known-users.json"));
        vm = new UsersViewModel(kit.session, store);
    }

    @AfterEach
    void featuresBackOn() throws Exception {
        features("{\"cardRenewal\":true,\"authorisedUsers\":true}");
    }

    private void features(String json) throws Exception {
        try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(), json)) {
            assertThat(r.code()).isEqualTo(204);
        }
    }

    private String fill(String email) {
        vm.field("name").set("Ana");
        vm.field("surname").set("Zammit");
        vm.field("email").set(email);
        vm.field("countryCode").set("+356");
        vm.field("mobile").set("79123456");
        vm.field("dateOfBirth").set("1990-02-28");
        return email;
    }

    private KnownUser created() {
        fill("a" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        vm.create();
        assertThat(vm.errorProperty().get()).isNull();
        return vm.users().get(0);
    }

    private JournalEntry lastJournal() throws Exception {
        var entries = kit.session.audit().journal().read().entries();
        return entries.get(entries.size() - 1);
    }

    @Test
    void fieldsAreValidatedAsTypedAndCreateIsHeldBack() {
        int before = sandbox.server.state().users().of(owner.id()).size();
        vm.field("email").set("ana@");
        assertThat(vm.fieldError("email").get()).isEqualTo("Not an e-mail address.");
        assertThat(vm.fieldError("name").get()).as("blank is not flagged before sending").isNull();
        vm.field("countryCode").set("356");
        assertThat(vm.fieldError("countryCode").get()).contains("+ and 1-3 digits");
        assertThat(vm.fieldError("mobile").get()).contains("Give the number");
        vm.field("dateOfBirth").set("2999-01-01");
        assertThat(vm.fieldError("dateOfBirth").get()).contains("in the past");
        assertThat(vm.canCreateProperty().get()).isFalse();
        vm.create();
        assertThat(vm.fieldError("name").get()).isEqualTo("Required.");
        assertThat(sandbox.server.state().users().of(owner.id())).hasSize(before);
        fill("ok@example.com");
        assertThat(vm.canCreateProperty().get()).isTrue();
    }

    @Test
    void createSaysWhyItIsOffAndAPastedNumberIsSentWithoutBlanks() {
        assertThat(vm.createBlockerProperty().get()).isEqualTo("To create the user, fill in: Name, Surname, E-mail.");
        fill("spaces" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        vm.field("name").set("   ");
        assertThat(vm.fieldError("name").get()).as("shown as typed").isEqualTo("Only spaces: type the name.");
        assertThat(vm.createBlockerProperty().get()).isEqualTo("Correct the marked fields to create the user.");
        vm.field("dateOfBirth").set("1999-02-30");
        assertThat(vm.fieldError("dateOfBirth").get()).isEqualTo("Not a real date.");
        vm.field("dateOfBirth").set("");
        vm.field("name").set("Ana");
        vm.field("mobile").set("79 12-34 56");
        assertThat(vm.createBlockerProperty().get()).isNull();
        vm.create();
        KnownUser u = vm.users().get(0);
        assertThat(sandbox.server.state().users().user(u.id()).orElseThrow().details().mobile().number())
                .isEqualTo("79123456");
    }

    @Test
    void promptsLookLikeExamplesNotValues() {
        for (String f : UsersViewModel.FIELDS) {
            String prompt = Messages.get("users.prompt." + f);
            assertThat(prompt).as(f).matches("(e\\.g\\. .*|[a-z].*|YYYY-MM-DD)");
        }
    }

    @Test
    void createJournalsRemembersAndClearsTheForm() throws Exception {
        KnownUser u = created();
        assertThat(u.status()).isEqualTo(KnownUser.Status.CREATED);
        assertThat(sandbox.server.state().users().user(u.id())).isPresent();
        assertThat(vm.field("email").get()).isEmpty();
        JournalEntry line = lastJournal();
        assertThat(line.operation()).isEqualTo("CREATE_USER");
        assertThat(line.outcome()).isEqualTo(JournalEntry.OK);
        assertThat(line.requestRef()).isNotBlank();
        // remembered per environment + identity: a new view model (a restart) shows it again
        UsersViewModel again = new UsersViewModel(kit.session, store);
        assertThat(again.users()).extracting(KnownUser::id).contains(u.id());
    }

    @Test
    void aTakenEmailIsExplainedAndJournalledAsRefused() throws Exception {
        String email = fill("taken" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        vm.create();
        fill(email);
        vm.create();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("EMAIL_NOT_UNIQUE");
        assertThat(vm.errorProperty().get().sentence()).contains("already exists");
        assertThat(lastJournal().outcome()).isEqualTo(JournalEntry.FAILED);
        assertThat(lastJournal().requestRef()).isNotBlank();
    }

    @Test
    void inviteThenResendIsRefusedOnceConsumed() throws Exception {
        KnownUser u = created();
        vm.invite();
        assertThat(vm.users().get(0).status()).isEqualTo(KnownUser.Status.INVITED);
        assertThat(lastJournal().operation()).isEqualTo("INVITE_USER");
        sandbox.admin("/sandbox/users/" + u.id() + "/accept_invite", "{}", 204);
        vm.invite();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("INVITE_ALREADY_CONSUMED");
        assertThat(vm.errorProperty().get().sentence()).contains("already accepted the invitation");
    }

    @Test
    void deactivateNeedsTheTypedEmailAndSaysWhatItDoes() throws Exception {
        KnownUser u = created();
        kit.dialogs.typed = "wrong@example.com";
        vm.deactivate();
        assertThat(vm.errorProperty().get().sentence()).contains("is not the user's e-mail address");
        assertThat(sandbox.server.state().users().user(u.id()).orElseThrow().active()).isTrue();
        kit.dialogs.typed = u.email();
        vm.deactivate();
        assertThat(kit.dialogs.questions).anyMatch(q -> q.contains("can no longer log in")
                && q.contains("not final"));
        assertThat(sandbox.server.state().users().user(u.id()).orElseThrow().active()).isFalse();
        assertThat(vm.users().get(0).status()).isEqualTo(KnownUser.Status.DEACTIVATED);
        assertThat(lastJournal().operation()).isEqualTo("DEACTIVATE_USER");
    }

    @Test
    void aUserWhoseCardHoldsMoneyIsExplained() {
        KnownUser u = created();
        String card = sandbox.newCard(owner, "PREPAID_MODE", "VIRTUAL", 700);
        sandbox.server.state().card(card).orElseThrow().setUserId(u.id());
        kit.dialogs.typed = u.email();
        vm.deactivate();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("CARD_HAS_REMAINING_BALANCE");
        assertThat(vm.errorProperty().get().sentence()).contains("Move the balance off the card");
    }

    @Test
    void withTheFeatureOffEachActionSaysAskWeavr() throws Exception {
        KnownUser u = created();
        features("{\"authorisedUsers\":false}");
        fill("off@example.com");
        vm.create();
        assertThat(vm.errorProperty().get().sentence()).contains("not enabled for your programme: ask Weavr");
        vm.selectedProperty().set(u);
        vm.invite();
        assertThat(vm.errorProperty().get().sentence()).contains("not enabled for your programme");
        kit.dialogs.typed = u.email();
        vm.deactivate();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("INSUFFICIENT_PERMISSIONS");
        assertThat(lastJournal().outcome()).isEqualTo(JournalEntry.FAILED);
    }

    @Test
    void aUserGivenByIdIsRemembered() {
        vm.addIdProperty().set("12ab");
        vm.addById();
        assertThat(vm.errorProperty().get().sentence()).contains("digits only");
        String demoUser = sandbox.server.state().users().of(owner.id()).isEmpty() ? "42"
                : sandbox.server.state().users().of(owner.id()).get(0).id();
        vm.addIdProperty().set(demoUser);
        vm.addById();
        assertThat(new UsersViewModel(kit.session, store).users()).extracting(KnownUser::id).contains(demoUser);
    }
}
