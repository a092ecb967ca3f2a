package backoffice.app.ui;

import backoffice.app.Messages;
import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.ApiException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.RateLimitedException;
import backoffice.client.error.ServerException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.ValidationError;
import backoffice.client.error.ValidationException;
import backoffice.credentials.CredentialStoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Turns any failure into an {@link ErrorReport}: one short sentence naming what to do. Known 409 errorCodes are
 * explained in words ({@code error.code.*} in messages.properties); unknown ones get a generic but honest sentence.
 */
public final class ErrorPresenter {

    private ErrorPresenter() {
    }

    private static final System.Logger LOG = System.getLogger("backoffice.app");

    /** The report of a handled failure; one that no sentence foresees is logged here, once, with its stack. */
    public static ErrorReport present(String action, Throwable failure) {
        if (!foreseen(unwrap(failure))) {
            LOG.log(System.Logger.Level.ERROR, action + " failed unexpectedly", failure);
        }
        return describe(action, failure);
    }

    /** The report without logging (for a caller that logs the failure itself). */
    public static ErrorReport describe(String action, Throwable failure) {
        Throwable t = unwrap(failure);
        String details = t.toString();
        if (t instanceof ApiException api) {
            return forApi(action, api, details);
        }
        if (t instanceof ApiConnectionException c) {
            return forConnection(action, c, details);
        }
        if (t instanceof CredentialStoreException) {
            return report(Messages.get("error.keychain", action), null, null, details, ErrorReport.Kind.OTHER);
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return report(Messages.get("error.disk", action, t.getMessage()), null, null, details,
                    ErrorReport.Kind.OTHER);
        }
        return report(Messages.get("error.unexpected", action, t.getClass().getSimpleName()), null, null,
                stackTrace(failure), ErrorReport.Kind.OTHER);
    }

    /** Only a request that may have changed something is "may or may not have happened"; a dropped read is not. */
    private static ErrorReport forConnection(String action, ApiConnectionException c, String details) {
        if (c.mayHaveChangedSomething()) {
            return report(Messages.get("error.unknownOutcome", action), null, null, details,
                    ErrorReport.Kind.UNKNOWN_OUTCOME);
        }
        String key = c.requestSent() ? "error.readDropped" : "error.unreachable";
        return report(Messages.get(key, action), null, null, details, ErrorReport.Kind.RETRY);
    }

    private static ErrorReport forApi(String action, ApiException e, String details) {
        ErrorReport r = forApiAnswer(action, e, details);
        return new ErrorReport(withRef(r.sentence(), r.requestRef()), r.errorCode(),
                r.requestRef() == null || r.requestRef().isBlank() ? null : r.requestRef(), r.fieldErrors(), details,
                r.kind());
    }

    private static ErrorReport forApiAnswer(String action, ApiException e, String details) {
        String code = e.errorCode();
        String ref = e.requestRef();
        if (e instanceof ValidationException v) {
            String fields = v.validationErrors().stream().map(ErrorPresenter::describe)
                    .collect(Collectors.joining("; "));
            String sentence = fields.isEmpty() ? Messages.get("error.badRequest", action)
                    : Messages.get("error.badRequestFields", action, fields);
            return new ErrorReport(sentence, code, ref, v.validationErrors(), details, ErrorReport.Kind.INPUT);
        }
        if (e instanceof UnauthorizedException) {
            return report(Messages.get("error.unauthorized", action), code, ref, details,
                    ErrorReport.Kind.REIMPERSONATE);
        }
        if (e instanceof ForbiddenException) {
            String known = code == null ? null : Messages.find("error.code." + code);
            return report(known != null ? Messages.get("error.forbiddenKnown", action, known)
                    : Messages.get("error.forbidden", action), code, ref, details, ErrorReport.Kind.OTHER);
        }
        if (e instanceof NotFoundException) {
            return report(Messages.get("error.notFound", action), code, ref, details, ErrorReport.Kind.NOT_FOUND);
        }
        if (e instanceof ConflictException) {
            String known = code == null ? null : Messages.find("error.code." + code);
            String sentence = known != null ? Messages.get("error.conflictKnown", action, known)
                    : Messages.get("error.conflict", action, code == null ? "?" : code);
            return report(sentence, code, ref, details, ErrorReport.Kind.OTHER);
        }
        if (e instanceof RateLimitedException rl) {
            long seconds = rl.retryAfter() == null ? 60 : Math.max(1, rl.retryAfter().toSeconds());
            return report(Messages.get("error.rateLimited", action, seconds), code, ref, details,
                    ErrorReport.Kind.RETRY);
        }
        if (e instanceof ServerException) {
            return report(Messages.get("error.server", action, e.status()), code, ref, details,
                    ErrorReport.Kind.RETRY);
        }
        return report(Messages.get("error.status", action, e.status()), code, ref, details, ErrorReport.Kind.OTHER);
    }

    private static String describe(ValidationError e) {
        String text = Messages.find("error.field." + e.error());
        return e.fieldName() + " " + (text != null ? text : e.error());
    }

    private static ErrorReport report(String sentence, String code, String ref, String details,
                                      ErrorReport.Kind kind) {
        return new ErrorReport(sentence, code, ref, null, details, kind);
    }

    /** The sentence of a server's answer, saying so when the server sent no request-ref (never "null"). */
    /**
     * The report with a sentence of the caller's (which knows better what was not found, or refused), marked as the
     * presenter marks an answer without a request-ref.
     */
    public static ErrorReport reworded(ErrorReport report, String sentence) {
        return new ErrorReport(withRef(sentence, report.requestRef()), report.errorCode(), report.requestRef(),
                report.fieldErrors(), report.details(), report.kind());
    }

    private static String withRef(String sentence, String ref) {
        return ref == null || ref.isBlank() ? sentence + " " + Messages.get("error.noRef") : sentence;
    }

    private static boolean foreseen(Throwable t) {
        return t instanceof ApiException || t instanceof ApiConnectionException || t instanceof CredentialStoreException
                || t instanceof IOException || t instanceof UncheckedIOException;
    }

    /** The whole stack trace, causes included, as the log shows it. */
    public static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof ExecutionException
                || cur instanceof CompletionException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }
}
