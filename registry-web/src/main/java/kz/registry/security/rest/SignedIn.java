package kz.registry.security.rest;

import java.util.UUID;

/**
 * Who signed in with HTTP Basic on this request: the account and the credentials version its
 * password check saw, which a bearer token issued now carries.
 */
public record SignedIn(UUID userId, String username, long credentialsVersion) {
}
