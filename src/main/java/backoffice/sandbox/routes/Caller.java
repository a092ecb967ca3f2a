package backoffice.sandbox.routes;

import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;

/** Who is calling: the programme behind the api-key and the identity behind the bearer token. */
public record Caller(Programme programme, Identity identity) {
}
