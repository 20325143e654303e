package kz.registry.claims.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * One version of a compensation category: who is compensated (victims of trafficking, say), by
 * how many MCI, for which Criminal Code articles, from a date. A change is a new version from a
 * later date; the versions before stay, so old decisions keep what they used.
 */
@Entity
@Table(name = "compensation_category")
public class CompensationCategory {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    /** The name in Russian and in Kazakh, where recorded (V19); the pages fall back to the English. */
    @Column(name = "name_ru", length = 300)
    private String nameRu;

    @Column(name = "name_kk", length = 300)
    private String nameKk;

    @Column(name = "mci_multiple", nullable = false)
    private int mciMultiple;

    /** The articles, comma separated as stored. */
    @Column(nullable = false, length = 200)
    private String articles;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** A value the project's sources do not confirm: check it against the law. */
    @Column(nullable = false)
    private boolean unverified;

    @Convert(converter = InstantColumns.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected CompensationCategory() {
        // for JPA
    }

    public CompensationCategory(String code, String name, int mciMultiple, List<Integer> articles, LocalDate validFrom,
                                boolean unverified, Instant recordedAt, String recordedBy) {
        this(code, name, null, null, mciMultiple, articles, validFrom, unverified, recordedAt, recordedBy);
    }

    public CompensationCategory(String code, String name, String nameRu, String nameKk, int mciMultiple,
                                List<Integer> articles, LocalDate validFrom, boolean unverified, Instant recordedAt,
                                String recordedBy) {
        this.id = UUID.randomUUID();
        String normal = code == null ? "" : code.strip();
        if (!CODE.matcher(normal).matches()) {
            throw new InvalidInputException("code", "a category code is lower-case letters, digits and dashes");
        }
        if (name == null || name.isBlank() || name.strip().length() > 300) {
            throw new InvalidInputException("name", "1 to 300 characters");
        }
        this.nameRu = InputLimits.optionalText("nameRu", nameRu, 300);
        this.nameKk = InputLimits.optionalText("nameKk", nameKk, 300);
        if (mciMultiple < 1 || mciMultiple > 1_000) {
            throw new InvalidInputException("mciMultiple", "between 1 and 1000 MCI");
        }
        if (articles == null || articles.isEmpty() || articles.stream().anyMatch(a -> a == null || a < 1 || a > 500)) {
            throw new InvalidInputException("articles", "one or more Criminal Code articles (1 to 500)");
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "required (YYYY-MM-DD)");
        }
        this.code = normal;
        this.name = name.strip();
        this.mciMultiple = mciMultiple;
        this.articles = articles.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.validFrom = validFrom;
        this.unverified = unverified;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public Optional<String> nameRu() { return Optional.ofNullable(nameRu); }
    public Optional<String> nameKk() { return Optional.ofNullable(nameKk); }
    public int mciMultiple() { return mciMultiple; }
    public LocalDate validFrom() { return validFrom; }
    public boolean unverified() { return unverified; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }

    public List<Integer> articles() {
        return Arrays.stream(articles.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public boolean covers(int article) {
        return articles().contains(article);
    }

    public record Snapshot(String code, String name, String nameRu, String nameKk, int mciMultiple, String articles,
                           LocalDate validFrom, boolean unverified) {
    }

    public Snapshot snapshot() {
        return new Snapshot(code, name, nameRu, nameKk, mciMultiple, articles, validFrom, unverified);
    }
}
