/** The budget capability over HTTP: shelters now; appropriations, allocations and payments to come. */
package kz.registry.budget.rest;
