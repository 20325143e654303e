/** The claims capability over HTTP: so far the compensation law as data, {@code /api/law}. */
package kz.registry.claims.rest;
