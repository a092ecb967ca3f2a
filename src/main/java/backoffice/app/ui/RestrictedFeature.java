package backoffice.app.ui;

import backoffice.app.Messages;
import backoffice.client.codes.ErrorCode;

/**
 * Card renewal and authorised users are restricted: a programme must ask Weavr to enable them. Their 403
 * INSUFFICIENT_PERMISSIONS therefore means "not enabled for your programme", not "wrong key".
 */
public final class RestrictedFeature {

    public static final String CODE = ErrorCode.INSUFFICIENT_PERMISSIONS.name();

    private RestrictedFeature() {
    }

    /** The report, with the 403 of a programme without the feature explained as such. */
    public static ErrorReport explain(ErrorReport report, String action) {
        if (!CODE.equals(report.errorCode())) {
            return report;
        }
        return ErrorPresenter.reworded(report, Messages.get("error.notEnabled", action));
    }
}
