/** The audit trail over HTTP, for auditors: entries by record, user and period; chain verification. */
package kz.registry.audit.rest;
