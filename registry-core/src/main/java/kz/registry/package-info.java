/**
 * The Budget and Compensation Registry: the money a government allocates to the protection of
 * trafficking victims, and the compensation claims victims file in criminal proceedings.
 * <p>
 * Capabilities are top-level packages ({@code budget}, {@code operations}, ...); inside each,
 * {@code boundary} holds the EJBs that are the transaction and security boundary, {@code control}
 * plain logic, {@code entity} JPA entities and values. A capability reaches another only through
 * its boundary or its ids.
 */
package kz.registry;
