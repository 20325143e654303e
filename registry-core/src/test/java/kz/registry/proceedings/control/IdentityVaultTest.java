package kz.registry.proceedings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import kz.registry.proceedings.entity.Identity;
import org.junit.jupiter.api.Test;

class IdentityVaultTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Identity AIGUL = new Identity("Aigul Testova", "990101400123", LocalDate.of(1999, 1, 1),
            "KZ86125KZT5004100100", "Test Bank");

    @Test
    void anIdentityComesBackAsItWentIn() {
        IdentityVault vault = IdentityVault.withKey(KEY);

        assertThat(vault.open(vault.seal(AIGUL))).isEqualTo(AIGUL);
        Identity nameOnly = new Identity("Ali Testov", null, null, null, null);
        assertThat(vault.open(vault.seal(nameOnly))).isEqualTo(nameOnly);
    }

    @Test
    void theStoredFormShowsNothingOfThePersonAndDiffersEachTime() {
        IdentityVault vault = IdentityVault.withKey(KEY);

        String first = vault.seal(AIGUL);
        String second = vault.seal(AIGUL);

        assertThat(first).startsWith("v1:").doesNotContain("Aigul").doesNotContain("990101400123");
        assertThat(new String(Base64.getDecoder().decode(first.substring(3)), StandardCharsets.ISO_8859_1))
                .doesNotContain("Aigul").doesNotContain("KZ86125KZT5004100100");
        assertThat(first).isNotEqualTo(second); // a fresh nonce each time
    }

    @Test
    void aChangedCiphertextOrAnotherKeyIsRefusedNotMisread() {
        String sealed = IdentityVault.withKey(KEY).seal(AIGUL);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IdentityVault.withKey(KEY).open(tampered))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("Aigul");
        assertThatThrownBy(() -> IdentityVault.withKey(otherKey).open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IdentityVault.withKey(new byte[16])).hasMessageContaining("32 bytes");
    }

    @Test
    void anIdentityNeverPrintsItself() {
        assertThat(AIGUL.toString()).isEqualTo("Identity[protected]");
        assertThat(String.valueOf(AIGUL)).doesNotContain("Aigul");
    }
}
