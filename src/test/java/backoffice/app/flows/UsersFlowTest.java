package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.pane;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** An agent creates a user, invites them, is refused a resend once the invitation is consumed, deactivates them. */
@ExtendWith(ConsoleExtension.class)
class UsersFlowTest {

    @Test
    void createInviteResendRefusedDeactivate(FxRobot robot, ConsoleUiKit kit) throws Exception {
        SandboxServer server = kit.server();
        Identity owner = kit.identity(IdentityType.CORPORATE, 1);
        kit.impersonate(robot, owner);
        pane(robot, KeyCode.DIGIT9, "#user-name");
        robot.clickOn("#user-name").write("Ana");
        robot.clickOn("#user-surname").write("Zammit");
        robot.clickOn("#user-email").write("ana.zammit@acme.example");
        robot.clickOn("#user-countryCode").write("+356");
        robot.clickOn("#user-mobile").write("79123456");
        robot.clickOn("#user-dateOfBirth").write("1990-02-28");
        robot.clickOn("#createUser");
        waitUntil(() -> !server.state().users().of(owner.id()).isEmpty());
        AuthorisedUser ana = server.state().users().of(owner.id()).get(0);
        assertThat(ana.details().email()).isEqualTo("ana.zammit@acme.example");

        waitUntil(() -> !robot.lookup("#inviteUser").queryButton().isDisabled());
        robot.clickOn("#inviteUser");
        waitUntil(() -> ana.invite() == AuthorisedUser.Invite.SENT);

        server.state().acceptInvite(ana); // what POST /sandbox/users/{id}/accept_invite does
        robot.clickOn("#inviteUser");
        waitUntil(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("already accepted the invitation")).tryQuery().isPresent());

        kit.dialogs.typed = "ana.zammit@acme.example";
        robot.clickOn("#deactivateUser");
        waitUntil(() -> !ana.active());
        assertThat(kit.dialogs.questions).anyMatch(q -> q.contains("can no longer log in"));
    }
}
