package backoffice.testsupport;

import backoffice.client.model.IdentityType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field {@link DemoSandboxExtension} fills: on a {@link SandboxFixture}, the test class's demo sandbox; on an
 * {@link backoffice.sandbox.store.Identity}, the {@code index}-th (from 0) {@code type} of that sandbox's seed; on a
 * static {@link java.time.Clock}, read (not filled): the clock the class's sandbox runs on.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Demo {

    IdentityType type() default IdentityType.CORPORATE;

    int index() default 0;
}
