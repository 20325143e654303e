/**
 * What every resource of the REST API shares: errors as RFC 9457 problem details, correlation
 * ids, pages, entity tags, query parameters read with clear errors, tables answered as JSON or CSV
 * (whole with a content ETag, or streamed), and the roles written into the OpenAPI document.
 */
package kz.registry.shared.rest;
