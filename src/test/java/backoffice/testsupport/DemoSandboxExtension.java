package backoffice.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real demo sandbox per test class ({@link SandboxFixture#demo()}: a free loopback port, the demo seed,
 * contract-checked clients), started when first asked for and closed after the class. Resolves a
 * {@link SandboxFixture} parameter of the constructor, of lifecycle methods and of tests:
 *
 * <pre>{@code
 * @ExtendWith(DemoSandboxExtension.class)
 * class XxxViewModelTest {
 *     private final SandboxFixture sandbox;
 *     XxxViewModelTest(SandboxFixture sandbox) { this.sandbox = sandbox; }
 * }}</pre>
 */
public final class DemoSandboxExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DemoSandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, k -> new Started(SandboxFixture.demo()), Started.class).fixture;
    }

    /** The context of the test class, so every test of the class shares the one sandbox. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** Closed by JUnit when the class's store closes. */
    private record Started(SandboxFixture fixture) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            fixture.close();
        }
    }
}
