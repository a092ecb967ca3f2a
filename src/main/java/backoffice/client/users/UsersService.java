package backoffice.client.users;

import backoffice.client.ApiResult;
import backoffice.client.RequestOptions;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.CreateUser;
import backoffice.client.model.User;

/**
 * {@code /users}: authorised users of the impersonated identity (a restricted feature: 403 INSUFFICIENT_PERMISSIONS
 * where the programme does not have it). The API can create, invite and deactivate; it cannot list or re-activate.
 */
public final class UsersService {

    private final Transport transport;

    public UsersService(Transport transport) {
        this.transport = transport;
    }

    /** {@code POST /users} (200 the user); 409 EMAIL_NOT_UNIQUE, MOBILE_OR_COUNTRY_CODE_INVALID, … */
    public ApiResult<User> create(CreateUser user, RequestOptions options) {
        return transport.result(ApiRequest.post("users").body(user).options(options).build(), User.class);
    }

    /** {@code POST /users/{id}/invite} (204): sends, or sends again, the invitation; 409 INVITE_ALREADY_CONSUMED. */
    public ApiResult<Void> invite(String userId) {
        return transport.result(ApiRequest.post("users", userId, "invite").build(), Void.class);
    }

    /** {@code POST /users/{id}/deactivate} (204): the user can no longer log in; 409 CARD_HAS_REMAINING_BALANCE. */
    public ApiResult<Void> deactivate(String userId) {
        return transport.result(ApiRequest.post("users", userId, "deactivate").build(), Void.class);
    }
}
