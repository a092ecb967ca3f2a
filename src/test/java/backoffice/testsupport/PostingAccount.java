package backoffice.testsupport;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.StatementEntry;
import backoffice.client.statements.StatementsService;
import backoffice.sandbox.store.Account;
import java.util.ArrayList;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import java.util.Comparator;
import java.util.List;

/**
 * A fresh customer's EUR account with a history of {@value #HISTORY} deposits a second apart, whose statement is loaded
 * while entries are posted at a chosen moment: between the answer to the second later page of a whole-statement load
 * and the request for the first (see {@link PageShift}), the order that once lost an entry silently.
 */
public final class PostingAccount {

    public static final int HISTORY = 1_100;
    private static final long START = 1_700_000_000_000L;

    public final Customer customer;
    public final Account account;
    /** The entries posted while a load ran, as the sandbox made them. */
    public final List<StatementEntry> posted = new ArrayList<>();
    private final SandboxFixture sandbox;

    public PostingAccount(SandboxFixture sandbox) {
        this.sandbox = sandbox;
        customer = new Customer(sandbox);
        account = sandbox.server.state().account(customer.a.id()).orElseThrow();
        for (int i = 0; i < HISTORY; i++) {
            sandbox.server.state().deposit(account, 100 + i, 0, START + i * 1_000L);
        }
    }

    /** The ledger's entries, newest first. */
    public List<StatementEntry> newestFirst() {
        return sandbox.server.state().entries(account).stream()
                .sorted(Comparator.comparingLong(StatementEntry::processedTimestamp).reversed()).toList();
    }

    /**
     * Posts {@code count} deposits at {@code at} into {@link #posted} once the second later page of an account
     * statement load has answered, before the first later page is asked for: the first later page starts at 48 (the
     * first page's 50 entries less the overlap), the second at 546.
     */
    public PageShift posting(int count, long at) {
        int held = StatementsService.FIRST_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        int second = held + StatementsService.ACCOUNT_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        return new PageShift(held, second, () -> {
            for (int i = 0; i < count; i++) {
                posted.add(sandbox.server.state().deposit(account, 7 + i, 0, at));
            }
        });
    }

    /** A client of the sandbox (not yet impersonating) whose requests pass through {@code shift}. */
    public BackOfficeClient client(PageShift shift) {
        return BackOfficeClient.builder().rootUrl(sandbox.server.rootUrl()).apiKey(sandbox.server.apiKey())
                .customize(b -> b.addInterceptor(shift)).build();
    }

    /**
     * As {@link #client(PageShift)}, with every request for a statement from a moment on refused (400): a load of the
     * whole statement asks for none but the seam between two pages that do not follow on, which then cannot be
     * mended.
     */
    public BackOfficeClient clientRefusingSeams(PageShift shift) {
        return BackOfficeClient.builder().rootUrl(sandbox.server.rootUrl()).apiKey(sandbox.server.apiKey())
                .customize(b -> b.addInterceptor(shift).addInterceptor(chain -> {
                    Request request = chain.request();
                    if (request.url().encodedPath().endsWith("/statement")
                            && request.url().queryParameter("fromTimestamp") != null) {
                        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(400)
                                .message("Bad Request").body(ResponseBody.create(
                                        "{\"errorCode\":\"REFUSED_BY_TEST\"}", MediaType.get("application/json")))
                                .build();
                    }
                    return chain.proceed(request);
                })).build();
    }
}
