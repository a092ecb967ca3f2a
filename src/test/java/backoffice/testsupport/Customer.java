package backoffice.testsupport;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;

/**
 * A fresh corporate with known money, made through the admin face: EUR accounts {@code a} (1,000.00 deposited,
 * 998.90 after the deposit fee) and {@code b} (empty), a GBP account {@code gbp}, a EUR prepaid card {@code prepaid}
 * and a EUR debit card {@code debit} on {@code a}.
 */
public final class Customer {

    public final String id;
    public final BackOfficeClient client;
    public final InstrumentId a;
    public final InstrumentId b;
    public final InstrumentId gbp;
    public final InstrumentId prepaid;
    public final InstrumentId debit;
    public final String profileId;

    public Customer(SandboxFixture sandbox) {
        id = sandbox.admin("/sandbox/identities", "{\"type\":\"CORPORATE\",\"name\":\"Money Test Ltd\"}", 201)
                .path("id").asText();
        a = InstrumentId.account(account(sandbox, "EUR", "Main"));
        b = InstrumentId.account(account(sandbox, "EUR", "Savings"));
        gbp = InstrumentId.account(account(sandbox, "GBP", "Pounds"));
        sandbox.admin("/sandbox/deposits", "{\"managedAccountId\":\"" + a.id() + "\",\"amount\":100000}", 201);
        prepaid = InstrumentId.card(sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + id
                + "\",\"mode\":\"PREPAID_MODE\",\"currency\":\"EUR\",\"friendlyName\":\"Prepaid\"}", 201)
                .path("id").asText());
        debit = InstrumentId.card(sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + id
                + "\",\"mode\":\"DEBIT_MODE\",\"parentManagedAccountId\":\"" + a.id()
                + "\",\"friendlyName\":\"Debit\"}", 201).path("id").asText());
        client = sandbox.client().impersonating(sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, id)).bearer());
        profileId = sandbox.server.state().programmeByKey(sandbox.server.apiKey()).orElseThrow().transferProfileId();
    }

    private String account(SandboxFixture sandbox, String ccy, String name) {
        return sandbox.admin("/sandbox/managed_accounts", "{\"identityId\":\"" + id + "\",\"currency\":\"" + ccy
                + "\",\"friendlyName\":\"" + name + "\"}", 201).path("id").asText();
    }

    public long available(InstrumentId i) {
        return i.isAccount()
                ? client.managedAccounts().get(i.id()).balances().availableBalance()
                : client.managedCards().get(i.id()).balances().availableBalance();
    }
}
