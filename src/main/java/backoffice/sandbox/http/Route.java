package backoffice.sandbox.http;

/** A route's handler: read the exchange, answer a reply or throw {@link SandboxError}. */
@FunctionalInterface
public interface Route {

    Reply handle(Exchange exchange);
}
