/**
 * Signing in over HTTP: HTTP Basic against the registry's users, bearer tokens the registry
 * signs itself (RS256, MicroProfile JWT claims), users managed by administrators at /api/users.
 */
package kz.registry.security.rest;
