/**
 * What every resource of the REST API shares: errors as RFC 9457 problem details, correlation
 * ids, pages, entity tags and query parameters read with clear errors.
 */
package kz.registry.shared.rest;
