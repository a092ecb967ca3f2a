package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum IdentityType {
    CORPORATE, CONSUMER, @JsonEnumDefaultValue UNKNOWN
}
