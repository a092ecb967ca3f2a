package backoffice.app.bulks;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.IdentityType;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The demo identity's bulks on a real sandbox: listed when opened, filtered by status, rows follow the watcher. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class BulkListViewModelTest {

    @Demo
    private SandboxFixture sandbox;

    @TempDir
    Path home;

    @Test
    void builtBeforeItIsShownItListsOnlyOnceShown() {
        var northwind = sandbox.identity(IdentityType.CORPORATE, 0);
        SessionKit kit = new SessionKit(home).impersonating(sandbox, northwind);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        BulkListViewModel vm = new BulkListViewModel(kit.session, shown);
        kit.impersonating(sandbox, northwind);
        assertThat(vm.rows()).as("not shown yet: no call").isEmpty();
        shown.set(true);
        assertThat(vm.rows()).hasSize(4);
        shown.set(false);
        kit.session.impersonationProperty().set(null);
        kit.impersonating(sandbox, northwind);
        assertThat(vm.rows()).as("once shown, it lists for each identity as before").hasSize(4);
    }

    @Test
    void listsFiltersAndFollowsTheWatchedBulk() {
        var northwind = sandbox.identity(IdentityType.CORPORATE, 0);
        SessionKit kit = new SessionKit(home).impersonating(sandbox, northwind);
        BulkListViewModel vm = new BulkListViewModel(kit.session);
        assertThat(vm.rows()).extracting(BulkProcess::status)
                .containsExactlyInAnyOrder(BulkStatus.SUBMITTED, BulkStatus.RUNNING, BulkStatus.PAUSED,
                        BulkStatus.COMPLETED);
        assertThat(vm.summaryProperty().get()).isEqualTo("Showing 4 of 4 bulks.");
        vm.stateProperty().set("PAUSED");
        assertThat(vm.rows()).singleElement().extracting(BulkProcess::status).isEqualTo(BulkStatus.PAUSED);
        BulkProcess paused = vm.rows().get(0);
        kit.session.impersonation().client().bulks().resume(paused.bulkId());
        vm.update(kit.session.impersonation().client().bulks().get(paused.bulkId()));
        assertThat(vm.rows()).singleElement().extracting(BulkProcess::status).isEqualTo(BulkStatus.RUNNING);
        kit.session.impersonationProperty().set(null);
        assertThat(vm.rows()).isEmpty();
    }
}
