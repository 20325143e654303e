/**
 * Proceedings: criminal proceedings, the persons convicted in them, and their victims.
 * <p>
 * Owns proceedings (registration number, Criminal Code articles and parts, prosecuting body,
 * court, stage and dates), convicted persons, and victims: a pseudonymous code for everyone,
 * citizenship, sex, minority, form of exploitation, and the dated resolutions recognising them
 * as victims in proceedings. Identities are stored only encrypted ({@link
 * kz.registry.proceedings.control.IdentityVault}), read only by court clerks, and every read is
 * audited. Offers {@link kz.registry.proceedings.boundary.Proceedings} and {@link
 * kz.registry.proceedings.boundary.Victims}; other capabilities name proceedings, victims and
 * convicted persons by id or code.
 */
package kz.registry.proceedings;
