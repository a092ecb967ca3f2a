package backoffice.client.model;

/** Whether the card can be added to Apple Pay / Google Pay, and pushed there by the programme's app. */
public record DigitalWallets(Boolean walletsEnabled, Boolean pushProvisioningEnabled, String artworkReference) {

    public static DigitalWallets disabled() {
        return new DigitalWallets(false, false, null);
    }
}
