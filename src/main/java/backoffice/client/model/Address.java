package backoffice.client.model;

/** Billing or delivery address; delivery adds name, surname and contact number. */
public record Address(String name, String surname, String addressLine1, String addressLine2, String city,
                      String postCode, String state, String country, String contactNumber) {
}
