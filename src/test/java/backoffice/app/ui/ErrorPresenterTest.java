package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Messages;
import backoffice.client.codes.ErrorCatalogue;
import backoffice.client.codes.ErrorCode;
import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.RateLimitedException;
import backoffice.client.error.ServerException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.ValidationError;
import backoffice.client.error.ValidationException;
import backoffice.credentials.CredentialStoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorPresenterTest {

    @Test
    void knownConflictCodeIsExplainedInWordsWithCodeAndRef() {
        ErrorReport r = ErrorPresenter.present("Removing the card",
                new ConflictException(409, "BALANCE_NOT_ZERO", null, null, "ref-9"));
        assertThat(r.sentence()).isEqualTo("Removing the card was refused: the card still holds money. Move its "
                + "balance to another instrument first, then remove it.");
        assertThat(r.errorCode()).isEqualTo("BALANCE_NOT_ZERO");
        assertThat(r.requestRef()).isEqualTo("ref-9");
        assertThat(r.clipboardText()).endsWith("[errorCode BALANCE_NOT_ZERO] [request-ref ref-9]");
    }

    @Test
    void unknownConflictCodeIsStillActionable() {
        ErrorReport r = ErrorPresenter.present("Unblocking", new ConflictException(409, "NEW_CODE", null, null, "r"));
        assertThat(r.sentence()).contains("NEW_CODE", "Refresh");
    }

    @Test
    void validationErrorsNameTheirFields() {
        ErrorReport r = ErrorPresenter.present("Saving", new ValidationException(400, null, null,
                List.of(ValidationError.of("maxTransactionAmount", "AT_LEAST")), "r"));
        assertThat(r.sentence()).contains("maxTransactionAmount is too small");
        assertThat(r.kind()).isEqualTo(ErrorReport.Kind.INPUT);
        assertThat(r.fieldErrors()).hasSize(1);
    }

    @Test
    void aNotFoundIsItsOwnKindAndARewordingKeepsTheMissingRefNote() {
        ErrorReport r = ErrorPresenter.present("Impersonating", new NotFoundException(404, null, null, null, null));
        assertThat(r.kind()).isEqualTo(ErrorReport.Kind.NOT_FOUND);
        ErrorReport reworded = ErrorPresenter.reworded(r, "No such identity.");
        assertThat(reworded.sentence()).isEqualTo("No such identity. " + Messages.get("error.noRef"));
        assertThat(reworded.kind()).isEqualTo(ErrorReport.Kind.NOT_FOUND);
        assertThat(ErrorPresenter.reworded(ErrorPresenter.present("X", new NotFoundException(404, null, null, null,
                "ref-1")), "No such identity.").sentence()).isEqualTo("No such identity.");
    }

    @Test
    void aRestrictedFeaturesRefusalSaysSoWithOrWithoutARequestRef() {
        String notEnabled = Messages.get("error.notEnabled", "Renewing");
        ErrorReport withRef = RestrictedFeature.explain(ErrorPresenter.present("Renewing", new ForbiddenException(403,
                RestrictedFeature.CODE, null, null, "ref-2")), "Renewing");
        assertThat(withRef.sentence()).isEqualTo(notEnabled);
        assertThat(withRef.kind()).isEqualTo(ErrorReport.Kind.OTHER);
        assertThat(RestrictedFeature.explain(ErrorPresenter.present("Renewing", new ForbiddenException(403,
                RestrictedFeature.CODE, null, null, null)), "Renewing").sentence())
                .isEqualTo(notEnabled + " " + Messages.get("error.noRef"));
    }

    @Test
    void eachFamilyNamesWhatToDo() {
        assertThat(ErrorPresenter.present("X", new UnauthorizedException(401, null, null, null, "r")).kind())
                .isEqualTo(ErrorReport.Kind.REIMPERSONATE);
        assertThat(ErrorPresenter.present("X", new ForbiddenException(403, null, null, null, "r")).sentence())
                .contains("Check the environment");
        assertThat(ErrorPresenter.present("X", new RateLimitedException(429, null, null, null, "r",
                Duration.ofSeconds(7))).sentence()).contains("Wait 7 seconds");
        assertThat(ErrorPresenter.present("X", new ServerException(503, null, null, null, "r")).sentence())
                .contains("try again in a moment");
        assertThat(ErrorPresenter.present("X", new ApiConnectionException("x", true, null)).kind())
                .isEqualTo(ErrorReport.Kind.UNKNOWN_OUTCOME);
        assertThat(ErrorPresenter.present("X", new ApiConnectionException("x", false, null)).sentence())
                .contains("could not be reached");
        assertThat(ErrorPresenter.present("X", new CredentialStoreException("locked", null)).sentence())
                .contains("keychain");
        assertThat(ErrorPresenter.present("X", new IllegalStateException("boom")).sentence())
                .contains("unexpectedly");
    }

    @Test
    void aReadWhoseConnectionDroppedSaysNothingChangedAndToTryAgain() {
        ErrorReport r = ErrorPresenter.present("Loading the card",
                new ApiConnectionException("unexpected end of stream", true, true, null));
        assertThat(r.sentence()).isEqualTo("Loading the card failed: the connection dropped while reading. Nothing "
                + "was changed; try again.");
        assertThat(r.kind()).isEqualTo(ErrorReport.Kind.RETRY);
        assertThat(ErrorPresenter.present("Blocking the card", new ApiConnectionException("x", true, false, null))
                .sentence()).contains("may or may not have happened");
    }

    @Test
    void everyPublishedConflictAndForbiddenCodeHasASentence() {
        Set<ErrorCode> codes = ErrorCatalogue.published();
        assertThat(codes).as("distinct published codes").hasSizeGreaterThan(55);
        assertThat(EnumSet.complementOf(EnumSet.copyOf(codes))).as("the sandbox's own codes, not published")
                .containsExactlyInAnyOrder(ErrorCode.USER_INACTIVE, ErrorCode.INVITE_NOT_SENT);
        assertThat(codes).filteredOn(c -> Messages.find("error.code." + c.name()) == null)
                .as("codes without a sentence").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STEP_UP_REQUIRED", "ACCESS_TOKEN_REQUIRED"})
    void aStepUpOrTokenRequired403IsNotAWrongKey(String code) {
        ErrorReport r = ErrorPresenter.present("Loading", new ForbiddenException(403, code, null, null, "r"));
        assertThat(r.sentence()).doesNotContain("api-key is not allowed").containsIgnoringCase("impersonate");
        assertThat(r.errorCode()).isEqualTo(code);
    }

    @Test
    void anAnswerWithoutRequestRefSaysThereIsNoneAndNeverNull() {
        ErrorReport r = ErrorPresenter.present("Sending", new ConflictException(409, "FUNDS_INSUFFICIENT", null,
                null, null));
        assertThat(r.sentence()).contains("sent no request-ref").doesNotContain("null");
        assertThat(r.requestRef()).isNull();
        assertThat(r.clipboardText()).doesNotContain("null");
    }
}
