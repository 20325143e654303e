package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/** An account the registry's money moves through at the bank, named by a code the officers choose. */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** ISO 13616: two letters of the country, two check digits, up to 30 letters and digits. */
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountKind kind;

    @Column(nullable = false, length = 34)
    private String iban;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected BankAccount() {
        // for JPA
    }

    public BankAccount(String code, AccountKind kind, String iban, Currency currency, String name, Instant createdAt,
                       String createdBy) {
        String plainIban = iban == null ? "" : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.put("code", "2 to 40 lower-case letters, digits or hyphens, beginning with a letter (budget-payments)");
        }
        if (kind == null) {
            errors.put("kind", "BUDGET or FUND");
        }
        if (!IBAN.matcher(plainIban).matches() || !checksumHolds(plainIban)) {
            errors.put("iban", "is not an IBAN whose check digits hold (ISO 13616, KZ86125KZT5004100100)");
        }
        if (currency == null) {
            errors.put("currency", "required: the account's currency (KZT)");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.put("name", "required, at most 200 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.id = UUID.randomUUID();
        this.code = code;
        this.kind = kind;
        this.iban = plainIban;
        this.currency = currency.getCurrencyCode();
        this.name = name.strip();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** ISO 7064 MOD 97-10: the first four characters moved to the end, letters as 10 to 35, the number mod 97 is 1. */
    static boolean checksumHolds(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : moved.toCharArray()) {
            String digits = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
            for (char digit : digits.toCharArray()) {
                remainder = (remainder * 10 + (digit - '0')) % 97;
            }
        }
        return remainder == 1;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String code() { return code; }
    public AccountKind kind() { return kind; }
    public String iban() { return iban; }
    public String currency() { return currency; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }

    public record Snapshot(String code, String kind, String iban, String currency, String name) {
    }

    public Snapshot snapshot() {
        return new Snapshot(code, kind.name(), iban, currency, name);
    }
}
