package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Manufacture, delivery and activation of a physical card. Only {@code pendingActivation} is required; the
 * tracking fields come once the card has been dispatched. {@code replacement} is the deprecated
 * {@code {replacementId, replacementReason}} ({@code "0"} when there is none); the card's own
 * {@link CardReplacement} replaces it.
 */
public record PhysicalCardDetails(boolean pendingActivation, String productReference, String carrierType,
                                  Boolean pinBlocked, ManufacturingState manufacturingState, Address deliveryAddress,
                                  DeliveryMethod deliveryMethod, String deliveryTrackingCode,
                                  String deliveryTrackingMethod, String deliveryTrackingUrl, Boolean bulkDelivery,
                                  LegacyReplacement replacement) {

    public enum ManufacturingState {
        REQUESTED, SENT_FOR_FULFILLMENT, DISPATCHED, DELIVERED, @JsonEnumDefaultValue UNKNOWN
    }

    public enum DeliveryMethod {
        STANDARD_DELIVERY, REGISTERED_MAIL, COURIER, FIRST_CLASS_MAIL, @JsonEnumDefaultValue UNKNOWN
    }

    /** The deprecated physical-card form of a replacement. */
    public record LegacyReplacement(String replacementId, String replacementReason) {
    }

    public boolean isPinBlocked() {
        return Boolean.TRUE.equals(pinBlocked);
    }
}
