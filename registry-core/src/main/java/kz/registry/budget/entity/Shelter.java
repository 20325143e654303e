package kz.registry.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A shelter for trafficking victims, operated by an NGO and funded by the government.
 * Allocations will name it by id.
 */
@Entity
@Table(name = "shelter")
public class Shelter {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = ShelterDetails.NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = ShelterDetails.CITY_LENGTH)
    private String city;

    @Column(name = "operator_name", nullable = false, length = ShelterDetails.OPERATOR_LENGTH)
    private String operator;

    @Column(name = "opened_year")
    private Integer openedYear;

    @Column(name = "foreign_eligible_from")
    private LocalDate foreignVictimsEligibleFrom;

    protected Shelter() {
        // for JPA
    }

    public Shelter(ShelterDetails details) {
        this.id = UUID.randomUUID();
        apply(details);
    }

    /** Restates what is known about the shelter; the id stays. */
    public void revise(ShelterDetails details) {
        apply(details);
    }

    private void apply(ShelterDetails details) {
        Objects.requireNonNull(details, "details");
        this.name = details.name();
        this.city = details.city();
        this.operator = details.operator();
        this.openedYear = details.openedYear();
        this.foreignVictimsEligibleFrom = details.foreignVictimsEligibleFrom();
    }

    /** Whether a foreign victim may be placed in this shelter on the given day. */
    public boolean acceptsForeignVictimsOn(LocalDate day) {
        return foreignVictimsEligibleFrom != null && !day.isBefore(foreignVictimsEligibleFrom);
    }

    /** What is stated about the shelter: also its state in the audit trail (it holds no personal data). */
    public ShelterDetails details() {
        return new ShelterDetails(name, city, operator, openedYear, foreignVictimsEligibleFrom);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public String operator() {
        return operator;
    }

    public Optional<Integer> openedYear() {
        return Optional.ofNullable(openedYear);
    }

    public Optional<LocalDate> foreignVictimsEligibleFrom() {
        return Optional.ofNullable(foreignVictimsEligibleFrom);
    }
}
