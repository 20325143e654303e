/**
 * Operations over HTTP: health checks (readiness, liveness) at /health, build info at
 * /api/info, and the data source Payara Micro defines from configuration.
 */
package kz.registry.operations.rest;
