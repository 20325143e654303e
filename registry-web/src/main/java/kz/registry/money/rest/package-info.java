/**
 * Money over HTTP: official rates (/api/rates), their imports and corrections, named fixed rates,
 * and conversions that show their provenance (/api/conversions). Amounts and rates travel as
 * strings of decimal digits, never as floating-point numbers.
 */
package kz.registry.money.rest;
