/**
 * Security: who may use the registry and in which role.
 * <p>
 * Owns the registry's users (name, PBKDF2 password hash, roles, lockout after failed logins).
 * The roles themselves are vocabulary every capability shares: {@link kz.registry.shared.Roles}.
 * Offers {@link kz.registry.security.boundary.Logins} to the authentication mechanisms and
 * {@link kz.registry.security.boundary.Users} to administrators.
 */
package kz.registry.security;
