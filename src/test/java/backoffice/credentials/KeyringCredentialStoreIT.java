package backoffice.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips through the real OS keychain (gnome-keyring's Secret Service in CI, unlocked inside
 * dbus-run-session by {@code .ci/run}). Without a keychain the tests are skipped, unless
 * {@code -Dkeychain.required=true} (as CI sets it) makes that a failure.
 */
class KeyringCredentialStoreIT {

    private KeyringCredentialStore store;

    @BeforeEach
    void open() {
        try {
            store = KeyringCredentialStore.open(KeyringCredentialStore.SERVICE + "-test");
            store.read("probe");
        } catch (CredentialStoreException e) {
            if (Boolean.getBoolean("keychain.required")) {
                throw new AssertionError("keychain.required is set but no keychain works: " + e.getMessage(), e);
            }
            assumeTrue(false, "no OS keychain here: " + e.getMessage());
        }
    }

    @Test
    void secretRoundTripsAndIsDeleted() {
        String account = "api-key@test-" + UUID.randomUUID();
        String secret = "k-" + UUID.randomUUID();
        store.write(account, secret);
        assertThat(store.read(account)).contains(secret);
        assertThat(KeyringCredentialStore.open(KeyringCredentialStore.SERVICE + "-test").read(account))
                .as("a second handle (as after a restart) reads it back").contains(secret);
        store.write(account, secret + "-2");
        assertThat(store.read(account)).contains(secret + "-2");
        store.delete(account);
        assertThat(store.read(account)).isEmpty();
        store.delete(account);
    }

    @Test
    void describesItselfAsPersistent() {
        assertThat(store.isPersistent()).isTrue();
        assertThat(store.describe()).startsWith("OS keychain");
    }

    @Test
    void theExportSigningKeyIsCreatedOnceAndSurvivesARestart() {
        store.delete(SigningKeys.ACCOUNT);
        var first = SigningKeys.loadOrCreate(store);
        var again = SigningKeys.loadOrCreate(KeyringCredentialStore.open(KeyringCredentialStore.SERVICE + "-test"));
        assertThat(again.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
        assertThat(again.getPrivate().getEncoded()).isEqualTo(first.getPrivate().getEncoded());
        assertThat(store.read(SigningKeys.ACCOUNT)).hasValueSatisfying(v -> assertThat(v).startsWith("ed25519:"));
        store.delete(SigningKeys.ACCOUNT);
    }
}
