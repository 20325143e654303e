/**
 * The few types every capability uses: the domain exceptions that the web layer turns into
 * problem details, and a page of results.
 * <p>
 * Owns nothing persistent. Offers {@link kz.registry.shared.DomainException} and its kinds,
 * {@link kz.registry.shared.Page}, {@link kz.registry.shared.PageRequest}, the settings
 * ({@link kz.registry.shared.Configuration}), the roles every boundary declares
 * ({@link kz.registry.shared.Roles}), the request's correlation id and the clock.
 */
package kz.registry.shared;
