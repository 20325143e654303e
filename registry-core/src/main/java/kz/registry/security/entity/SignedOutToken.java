package kz.registry.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token its holder signed out of before it expired. Written once and never changed
 * (so no version), kept until the token's own expiry, after which the signature check refuses
 * it anyway.
 */
@Entity
@Table(name = "signed_out_token")
public class SignedOutToken {

    public static final int TOKEN_ID_LENGTH = 64;

    @Id
    @Column(name = "token_id", length = TOKEN_ID_LENGTH)
    private String tokenId;

    @Column(nullable = false, length = RegistryUser.USERNAME_LENGTH)
    private String username;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "signed_out_at", nullable = false)
    private Instant signedOutAt;

    protected SignedOutToken() {
    }

    public SignedOutToken(String tokenId, String username, Instant expiresAt, Instant signedOutAt) {
        Objects.requireNonNull(tokenId, "tokenId");
        if (tokenId.isBlank() || tokenId.length() > TOKEN_ID_LENGTH) {
            throw new IllegalArgumentException("a token id has 1 to " + TOKEN_ID_LENGTH + " characters");
        }
        this.tokenId = tokenId;
        this.username = Objects.requireNonNull(username, "username");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.signedOutAt = Objects.requireNonNull(signedOutAt, "signedOutAt");
    }

    public String tokenId() {
        return tokenId;
    }

    public String username() {
        return username;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant signedOutAt() {
        return signedOutAt;
    }
}
