package kz.registry.money.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.registry.money.BasisTerms;
import kz.registry.money.PrintedPair;
import kz.registry.money.RateDerivation;
import kz.registry.money.ReportWording;
import kz.registry.money.Rounding;
import kz.registry.money.RoundingRule;

/**
 * One revision of a reporting basis: the rate (stated, or derived from the pairs with the
 * interval they allow and why this rate was chosen), the rounding and the wording. Never
 * changed once written, except to mark it superseded by the next revision.
 */
@Entity
@Table(name = "reporting_basis")
public class ReportingBasis {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "kzt_per_unit", nullable = false, precision = 24, scale = 12)
    private BigDecimal kztPerUnit;

    @Column(name = "rate_low", precision = 24, scale = 12)
    private BigDecimal rateLow;

    @Column(name = "rate_low_in")
    private Boolean rateLowIn;

    @Column(name = "rate_high", precision = 24, scale = 12)
    private BigDecimal rateHigh;

    @Column(name = "rate_high_in")
    private Boolean rateHighIn;

    @Column(name = "rate_choice", nullable = false, length = 1000)
    private String rateChoice;

    @Column(length = 4000)
    private String pairs;

    @Column(name = "rounding_unit", nullable = false, precision = 24, scale = 12)
    private BigDecimal roundingUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_rule", nullable = false, length = 10)
    private RoundingRule roundingRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "tenge_format", nullable = false, length = 10)
    private ReportWording.TengeFormat tengeFormat;

    @Column(name = "tenge_digits")
    private Integer tengeDigits;

    @Column(name = "shows_total", nullable = false)
    private boolean showsTotal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportWording.Comparison comparison;

    @Column(name = "total_phrase", length = 200)
    private String totalPhrase;

    @Column(name = "total_phrase_ru", length = 200)
    private String totalPhraseRu;

    @Column(name = "total_phrase_kk", length = 200)
    private String totalPhraseKk;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(length = 500)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected ReportingBasis() {
        // for JPA
    }

    /**
     * A revision of the basis {@code name} from its terms, the rate already settled ({@code derived}
     * null when it was stated with no pairs).
     */
    public ReportingBasis(String name, int revision, BasisTerms terms, BigDecimal kztPerUnit,
                          RateDerivation.Derived derived, String rateChoice, String reason, Instant recordedAt,
                          String recordedBy) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.revision = revision;
        this.currency = terms.currency().getCurrencyCode();
        this.kztPerUnit = kztPerUnit;
        if (derived != null) {
            this.rateLow = derived.low();
            this.rateLowIn = derived.lowIncluded();
            this.rateHigh = derived.high();
            this.rateHighIn = derived.high() == null ? null : derived.highIncluded();
        }
        this.rateChoice = rateChoice;
        this.pairs = terms.pairs().isEmpty() ? null : terms.pairs().stream()
                .map(pair -> pair.kzt().toPlainString() + "=" + pair.printed().toPlainString())
                .collect(Collectors.joining(";"));
        this.roundingUnit = terms.rounding().unit();
        this.roundingRule = terms.rounding().rule();
        ReportWording wording = terms.wording();
        this.tengeFormat = wording.tenge();
        this.tengeDigits = wording.tengeDigits();
        this.showsTotal = wording.showsTotal();
        this.comparison = wording.comparison();
        this.totalPhrase = wording.totalPhrase();
        this.totalPhraseRu = wording.totalPhraseRu();
        this.totalPhraseKk = wording.totalPhraseKk();
        this.description = terms.description();
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public void supersede(Instant at) {
        this.supersededAt = at;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int revision() { return revision; }
    public Currency currency() { return Currency.getInstance(currency); }
    public BigDecimal kztPerUnit() { return kztPerUnit; }
    public Optional<BigDecimal> rateLow() { return Optional.ofNullable(rateLow); }
    public boolean rateLowIncluded() { return Boolean.TRUE.equals(rateLowIn); }
    public Optional<BigDecimal> rateHigh() { return Optional.ofNullable(rateHigh); }
    public boolean rateHighIncluded() { return Boolean.TRUE.equals(rateHighIn); }
    public String rateChoice() { return rateChoice; }
    public Rounding rounding() { return new Rounding(roundingUnit, roundingRule); }
    public String description() { return description; }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Optional<Instant> supersededAt() { return Optional.ofNullable(supersededAt); }

    public ReportWording wording() {
        return new ReportWording(tengeFormat, tengeDigits, showsTotal, comparison, totalPhrase, totalPhraseRu,
                totalPhraseKk);
    }

    /** The printed pairs as given, in order. */
    public List<PrintedPair> pairs() {
        if (pairs == null) {
            return List.of();
        }
        return Arrays.stream(pairs.split(";")).map(pair -> pair.split("=", 2))
                .map(parts -> new PrintedPair(new BigDecimal(parts[0]), new BigDecimal(parts[1]))).toList();
    }
}
