package backoffice.client.model;

/** A mobile number as the API takes it: {@code countryCode} ("+356") and the national {@code number}. */
public record Mobile(String countryCode, String number) {
}
