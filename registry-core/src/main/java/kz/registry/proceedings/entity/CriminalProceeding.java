package kz.registry.proceedings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** A criminal proceeding in which victims are recognised and persons convicted. */
@Entity
@Table(name = "criminal_proceeding")
public class CriminalProceeding {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "registration_number", nullable = false, unique = true, length = 40)
    private String registrationNumber;

    @Column(nullable = false, length = 200)
    private String articles;

    @Column(name = "prosecuting_body", nullable = false, length = 200)
    private String prosecutingBody;

    @Column(length = 200)
    private String court;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Stage stage;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "sent_to_court_on")
    private LocalDate sentToCourtOn;

    @Column(name = "verdict_on")
    private LocalDate verdictOn;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CriminalProceeding() {
        // for JPA
    }

    public CriminalProceeding(ProceedingDetails details, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        revise(details);
    }

    /** Restates what is known of the proceeding (its stage moves on, a court is named ...). */
    public void revise(ProceedingDetails details) {
        this.registrationNumber = details.registrationNumber();
        this.articles = ArticlePart.format(details.articles());
        this.prosecutingBody = details.prosecutingBody();
        this.court = details.court();
        this.stage = details.stage();
        this.registeredOn = details.registeredOn();
        this.sentToCourtOn = details.sentToCourtOn();
        this.verdictOn = details.verdictOn();
    }

    public ProceedingDetails details() {
        return new ProceedingDetails(registrationNumber, articles(), prosecutingBody, court, stage, registeredOn,
                sentToCourtOn, verdictOn);
    }

    public List<ArticlePart> articles() {
        return ArticlePart.parseAll(articles);
    }

    /** Whether the proceeding is under one of these articles (any part). */
    public boolean isUnderAnyOf(List<Integer> eligible) {
        return articles().stream().anyMatch(article -> eligible.contains(article.article()));
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String registrationNumber() { return registrationNumber; }
    public Stage stage() { return stage; }
    public Instant createdAt() { return createdAt; }
}
