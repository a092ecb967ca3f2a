package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code replacement}: this card was replaced by card {@code id}, for {@code reason}. */
public record CardReplacement(String id, Reason reason) {

    public enum Reason { DAMAGED, LOST_STOLEN, EXPIRED, COMPROMISED, @JsonEnumDefaultValue UNKNOWN }
}
