package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.DateOfBirth;
import backoffice.client.model.Mobile;
import backoffice.client.model.ValidationError;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.IdempotencyStore;
import backoffice.sandbox.http.Ids;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.Features;
import backoffice.sandbox.store.SandboxState;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /users}, {@code /users/{id}/invite} and {@code /users/{id}/deactivate}: authorised users of the
 * impersonated identity, a restricted feature. Bad input is 400 in the {@code syntaxErrors} shape; a user of another
 * identity, or an unknown one, is 404.
 */
public final class UserRoutes {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?[0-9]{1,6}$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,20}$");
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9_-]+$");
    /** Country calling codes the sandbox treats as valid: 1-3 digits, no leading zero. */
    private static final Pattern KNOWN_CODE = Pattern.compile("^\\+?[1-9][0-9]{0,2}$");

    private final SandboxState state;
    private final Auth auth;
    private final IdempotencyStore idempotency;

    public UserRoutes(SandboxState state, Auth auth, IdempotencyStore idempotency) {
        this.state = state;
        this.auth = auth;
        this.idempotency = idempotency;
    }

    public void register(Router router, String base) {
        router.add("POST", base + "/users", this::create);
        router.add("POST", base + "/users/{user_id}/invite", this::invite);
        router.add("POST", base + "/users/{user_id}/deactivate", this::deactivate);
    }

    private Reply create(Exchange ex) {
        Caller caller = auth.callerWith(ex, Features::authorisedUsers);
        Body body = ex.jsonObject();
        AuthorisedUser.Details details = details(body);
        body.checkSyntax();
        String scope = caller.programme().id() + "/" + caller.identity().id() + "/POST /users";
        return idempotency.run(scope, ex.header("idempotency-ref"), body.node(), () -> {
            conflicts(caller, body, details);
            return Reply.ok(state.addUser(caller.identity(), details).toModel());
        });
    }

    private static AuthorisedUser.Details details(Body body) {
        String name = bounded(body, "name", 100);
        String surname = bounded(body, "surname", 100);
        String email = bounded(body, "email", 256);
        if (email != null && !EMAIL.matcher(email).matches()) {
            body.reject("email", "REGEX", "email must be an e-mail address");
        }
        Mobile mobile = null;
        if (body.object("mobile", false)) {
            String code = body.matching("mobile.countryCode", COUNTRY_CODE, true);
            String number = body.matching("mobile.number", NUMBER, true);
            mobile = new Mobile(code, number);
        }
        DateOfBirth born = body.object("dateOfBirth", false) ? dateOfBirth(body) : null;
        String tag = body.matching("tag", TAG, false);
        if (tag != null && tag.length() > 50) {
            body.reject("tag", "AT_MOST", "tag must be at most 50 characters");
        }
        body.matching("countryOfResidence", Pattern.compile("^[A-Z]{2}$"), false);
        return new AuthorisedUser.Details(name, surname, email, mobile, born, tag);
    }

    private static String bounded(Body body, String field, int max) {
        String value = body.text(field, true);
        if (value != null && value.length() > max) {
            body.reject(field, "AT_MOST", field + " must be at most " + max + " characters");
        }
        return value;
    }

    private static DateOfBirth dateOfBirth(Body body) {
        Long year = body.integer("dateOfBirth.year", true);
        Long month = body.integer("dateOfBirth.month", true);
        Long day = body.integer("dateOfBirth.day", true);
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day));
            if (!date.isBefore(LocalDate.now(ZoneOffset.UTC)) || date.getYear() < 1900) {
                body.reject("dateOfBirth", "PAST", "dateOfBirth must be a past date after 1900");
                return null;
            }
            return DateOfBirth.of(date);
        } catch (DateTimeException | ArithmeticException e) {
            body.reject("dateOfBirth", "RANGE", "dateOfBirth is not a calendar date");
            return null;
        }
    }

    /** The 409s of the published list the sandbox can tell; see the OpenAPI document for which it never answers. */
    private void conflicts(Caller caller, Body body, AuthorisedUser.Details d) {
        if (state.users().emailTaken(caller.programme().id(), d.email())) {
            throw SandboxError.conflict(ErrorCode.EMAIL_NOT_UNIQUE);
        }
        if (d.email().toLowerCase(Locale.ROOT).endsWith(".invalid")) {
            throw SandboxError.conflict(ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED);
        }
        if (d.mobile() != null && (!KNOWN_CODE.matcher(d.mobile().countryCode()).matches()
                || d.mobile().number().length() < 6 || d.mobile().number().length() > 14)) {
            throw SandboxError.conflict(ErrorCode.MOBILE_OR_COUNTRY_CODE_INVALID);
        }
        String country = body.text("countryOfResidence", false);
        if (country != null && !Set.of(Locale.getISOCountries()).contains(country)) {
            throw SandboxError.conflict(ErrorCode.COUNTRY_OF_RESIDENCE_INVALID);
        }
        if (body.has("roles") && body.node().get("roles").size() > 0) {
            throw SandboxError.conflict(ErrorCode.ROLE_NOT_FOUND);
        }
    }

    private Reply invite(Exchange ex) {
        AuthorisedUser user = ownUser(ex);
        if (user.invite() == AuthorisedUser.Invite.CONSUMED) {
            throw SandboxError.conflict(ErrorCode.INVITE_ALREADY_CONSUMED);
        }
        state.invite(user);
        return Reply.noContent();
    }

    private Reply deactivate(Exchange ex) {
        AuthorisedUser user = ownUser(ex);
        boolean holdsMoney = state.cardsOf(user.identityId()).stream()
                .filter(c -> user.id().equals(c.userId()) && c.holdsFunds())
                .anyMatch(UserRoutes::hasBalance);
        if (holdsMoney) {
            throw SandboxError.conflict(ErrorCode.CARD_HAS_REMAINING_BALANCE);
        }
        state.deactivate(user);
        return Reply.noContent();
    }

    private static boolean hasBalance(Card card) {
        return card.balances().availableBalance() != 0 || card.balances().actualBalance() != 0;
    }

    private AuthorisedUser ownUser(Exchange ex) {
        Caller caller = auth.callerWith(ex, Features::authorisedUsers);
        String id = ex.path("user_id");
        if (!Ids.isId(id)) {
            throw SandboxError.syntax(List.of(ValidationError.of("user_id",
                    "REGEX")));
        }
        return state.users().user(id).filter(u -> u.identityId().equals(caller.identity().id()))
                .orElseThrow(() -> SandboxError.notFound("User not found"));
    }
}
