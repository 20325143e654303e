/**
 * Proceedings and victims over HTTP: {@code /api/proceedings}, {@code /api/victims}. Every
 * view is pseudonymous; identities have their own clerk-only, audited endpoints.
 */
package kz.registry.proceedings.rest;
