package backoffice.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.impersonation.ImpersonationViewModel;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-identities list shows the agent's label next to the id: remembered from an earlier run, or just typed. */
class IdentityLabelsTest {

    @TempDir
    Path home;

    @Test
    void theRecentListShowsRememberedAndNewLabelsNextToTheId() throws Exception {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
            Identity maria = sandbox.identity(IdentityType.CONSUMER, 0);
            String northwindKey = "CORPORATE:" + northwind.id();
            String mariaKey = "CONSUMER:" + maria.id();
            SessionKit kit = new SessionKit(home);
            IdentityMemory<WorkspaceMemory> memory = new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                    WorkspaceMemory.class);
            memory.save("embedded", "CORPORATE-" + northwind.id(), new WorkspaceMemory("Northwind Logistics",
                    List.of())); // labelled in an earlier run
            kit.session.updateSettings(s -> s.withRecentIdentity(mariaKey).withRecentIdentity(northwindKey));
            ImpersonationViewModel vm = new ImpersonationViewModel(kit.session);
            IdentityLabels.follow(kit.session, memory, vm.labels());

            kit.connectedTo(sandbox);
            assertThat(vm.recentText(northwindKey))
                    .isEqualTo("CORPORATE  \u00b7  " + northwind.id() + "  \u00b7  Northwind Logistics");
            assertThat(vm.recentText(mariaKey)).isEqualTo("CONSUMER  \u00b7  " + maria.id());

            kit.impersonating(sandbox, maria);
            kit.session.identityNameProperty().set("Maria Borg "); // the agent saves a label in the workspace
            assertThat(vm.recentText(mariaKey)).isEqualTo("CONSUMER  \u00b7  " + maria.id() + "  \u00b7  Maria Borg");
        }
    }
}
