package kz.registry.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * What money is for, by a short code ({@code shelter-assistance}). The seed's purposes are
 * built in; finance officers add others.
 */
@Entity
@Table(name = "budget_purpose")
public class Purpose {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    public static final int NAME_LENGTH = 200;

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** The name in Russian and in Kazakh; null: the English name stands for it. */
    @Column(name = "name_ru", length = NAME_LENGTH)
    private String nameRu;

    @Column(name = "name_kk", length = NAME_LENGTH)
    private String nameKk;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Purpose() {
        // for JPA
    }

    public Purpose(String code, String name, String nameRu, String nameKk, Instant createdAt) {
        this.code = normalCode(code);
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "a purpose needs a name of 1 to " + NAME_LENGTH + " characters");
        }
        this.name = name.strip();
        this.nameRu = InputLimits.optionalText("nameRu", nameRu, NAME_LENGTH);
        this.nameKk = InputLimits.optionalText("nameKk", nameKk, NAME_LENGTH);
        this.createdAt = createdAt;
    }

    /** A purpose code as stored: lower case letters, digits and dashes, 2 to 40 of them. */
    public static String normalCode(String code) {
        String normal = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(normal).matches()) {
            throw new InvalidInputException("purpose", "a purpose code is 2-40 lower-case letters, digits and dashes,"
                    + " such as shelter-assistance; not '" + code + "'");
        }
        return normal;
    }

    public String code() { return code; }
    public long version() { return version; }
    public String name() { return name; }
    public Optional<String> nameRu() { return Optional.ofNullable(nameRu); }
    public Optional<String> nameKk() { return Optional.ofNullable(nameKk); }
    public Instant createdAt() { return createdAt; }

    public record Snapshot(String code, String name, String nameRu, String nameKk) {
    }

    public Snapshot snapshot() {
        return new Snapshot(code, name, nameRu, nameKk);
    }
}
