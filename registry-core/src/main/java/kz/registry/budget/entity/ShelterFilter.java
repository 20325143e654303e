package kz.registry.budget.entity;

import java.time.LocalDate;

/**
 * Which shelters a caller wants listed. Every part is optional: a null city lists every city,
 * a null day lists shelters whatever their eligibility.
 *
 * @param city                   exact city name, case-insensitive
 * @param acceptsForeignVictimsOn only shelters open to foreign victims on that day
 */
public record ShelterFilter(String city, LocalDate acceptsForeignVictimsOn) {
}
