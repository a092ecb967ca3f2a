package backoffice.testsupport;

import backoffice.sandbox.store.Identity;
import backoffice.sandbox.SandboxConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One real demo sandbox per test class ({@link SandboxFixture#demo()}: a free loopback port, the demo seed,
 * contract-checked clients), started when first asked for and closed after the class. Fills the test's {@link Demo}
 * fields (the sandbox, or an identity of its seed) and resolves {@link SandboxFixture} parameters:
 *
 * <pre>{@code
 * @ExtendWith(DemoSandboxExtension.class)
 * class XxxViewModelTest {
 *     @Demo
 *     private SandboxFixture sandbox;
 *     @Demo(type = IdentityType.CONSUMER, index = 1)
 *     private Identity owner;
 * }}</pre>
 */
public final class DemoSandboxExtension implements TestInstancePostProcessor, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DemoSandboxExtension.class);

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Demo demo = field.getAnnotation(Demo.class);
                if (demo != null && !Clock.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    field.set(test, value(field.getType(), demo, sandbox(context)));
                }
            }
        }
    }

    private static Object value(Class<?> type, Demo demo, SandboxFixture sandbox) {
        if (type == SandboxFixture.class) {
            return sandbox;
        }
        if (type == Identity.class) {
            return sandbox.identity(demo.type(), demo.index());
        }
        throw new IllegalStateException("@Demo goes on a SandboxFixture or an Identity field, not a " + type);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    private static SandboxFixture sandbox(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(Started.class,
                k -> new Started(new SandboxFixture(config(owner.getRequiredTestClass()))), Started.class).fixture;
    }

    /** The demo seed, on the clock of the class's static {@code @Demo Clock} field if it has one. */
    private static SandboxConfig config(Class<?> testClass) {
        SandboxConfig config = SandboxConfig.ephemeral("demo");
        for (Class<?> c = testClass; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Demo.class) && Clock.class.isAssignableFrom(field.getType())
                        && Modifier.isStatic(field.getModifiers())) {
                    try {
                        field.setAccessible(true);
                        return config.withClock((Clock) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return config;
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
