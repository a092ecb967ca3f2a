package backoffice.client.model;

/** Delivery and activation of a physical card. */
public record PhysicalCardDetails(boolean pendingActivation, String productReference, String carrierType,
                                  Boolean pinBlocked, String manufacturingState, Address deliveryAddress,
                                  String deliveryMethod) {
}
