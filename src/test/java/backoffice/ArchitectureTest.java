package backoffice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the architecture, enforced on the main code. */
@AnalyzeClasses(packages = "backoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideApp = noClasses().that().resideOutsideOfPackage("backoffice.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.controlsfx..", "atlantafx..")
            .because("only the console (backoffice.app) may use a UI toolkit");

    @ArchTest
    static final ArchRule onlyAppUsesTheSandbox = noClasses().that().resideOutsideOfPackages("backoffice.app..",
                    "backoffice.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("backoffice.sandbox..")
            .because("the sandbox is a backend: only the console starts it");

    @ArchTest
    static final ArchRule nothingDependsOnApp = noClasses().that().resideOutsideOfPackage("backoffice.app..")
            .should().dependOnClassesThat().resideInAPackage("backoffice.app..");

    @ArchTest
    static final ArchRule sandboxNeverUsesTheClientsHttpCode = noClasses().that().resideInAPackage(
                    "backoffice.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("backoffice.client.error..",
                    "backoffice.client.http..", "okhttp3..")
            .because("the sandbox shares JSON shapes, the mapper and the error codes with the client, never its "
                    + "HTTP code");

    @ArchTest
    static final ArchRule theSandboxStoreKnowsNoHttp = noClasses().that().resideInAPackage("backoffice.sandbox.store..")
            .should().dependOnClassesThat().resideInAnyPackage("backoffice.sandbox.http..",
                    "backoffice.sandbox.routes..", "com.sun.net.httpserver..")
            .because("the store refuses in domain terms (Refusal); the HTTP layer answers it");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("view models are tested without a stage (MVVM)");

    @ArchTest
    static final ArchRule onlyTheRunnersUseFxConcurrency = noClasses().that()
            .resideOutsideOfPackage("backoffice.app.task..")
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .because("all background work goes through the one TaskRunner");
}
