/**
 * {@code /api/reports}: the reporting capability over HTTP. Every report answers in JSON and in
 * CSV ({@code Accept: text/csv} or {@code format=csv}) or as an Excel workbook ({@code format=xlsx}),
 * with the stable column names its {@link kz.registry.shared.rest.Table} declares; aggregate reports carry a strong ETag of
 * their content, exports stream row by row.
 */
package kz.registry.reporting.rest;
