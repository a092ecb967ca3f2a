package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.testsupport.SandboxTestBase;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** With the HTTP log at its most verbose, neither the api-key nor the bearer token is ever written. */
class RedactingLogSandboxIT extends SandboxTestBase {

    @Test
    void debugLogShowsHeadersRedacted() {
        Logger logger = Logger.getLogger("backoffice.client.http");
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String msg = r.getMessage();
                if (r.getParameters() != null) {
                    msg = MessageFormat.format(msg, r.getParameters());
                }
                lines.add(msg);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try {
            String token = sandbox.token(IdentityType.CORPORATE, 0);
            String card = sandbox.server.state().cardsOf(sandbox.identity(IdentityType.CORPORATE, 0).id()).get(0).id();
            sandbox.client().impersonating(token).managedCards().get(card);
            assertThat(lines).anyMatch(l -> l.contains("api-key: [REDACTED]"));
            assertThat(lines).anyMatch(l -> l.contains("Authorization: [REDACTED]"));
            assertThat(lines).anyMatch(l -> l.contains("GET /multi/backoffice/managed_cards/" + card + " -> 200"));
            assertThat(String.join("\n", lines)).doesNotContain(sandbox.server.apiKey()).doesNotContain(token);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
    }
}
