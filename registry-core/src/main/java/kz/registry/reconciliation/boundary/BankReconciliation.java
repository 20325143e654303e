package kz.registry.reconciliation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.reconciliation.control.LedgerItems;
import kz.registry.reconciliation.control.Matching;
import kz.registry.reconciliation.control.StatementFiles;
import kz.registry.reconciliation.entity.AccountKind;
import kz.registry.reconciliation.entity.BankAccount;
import kz.registry.reconciliation.entity.BankStatement;
import kz.registry.reconciliation.entity.ItemResolution;
import kz.registry.reconciliation.entity.MatchedEntry;
import kz.registry.reconciliation.entity.MonthReconciliation;
import kz.registry.reconciliation.entity.MonthSignOff;
import kz.registry.reconciliation.entity.ParsedStatement;
import kz.registry.reconciliation.entity.ReconciliationMatch;
import kz.registry.reconciliation.entity.StatementLine;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Reconciliation with the bank (PEFA PI-27): statements imported per account, their lines matched
 * to the ledger, and a reconciliation per account and month that its officer resolves and signs
 * off. The budget's payment account is a finance officer's, the fund's account a court clerk's;
 * auditors read both. Every write is audited; a month signed off is not changed again.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR})
public class BankReconciliation {

    public static final String ACCOUNT_RECORD = "bank-account";
    public static final String STATEMENT_RECORD = "bank-statement";
    public static final String MATCH_RECORD = "reconciliation-match";
    public static final String RESOLUTION_RECORD = "reconciliation-resolution";
    public static final String MONTH_RECORD = "reconciliation-month";
    /** Days a line and an entry of the same amount may lie apart and still pair, unless the officer says. */
    public static final int DEFAULT_WINDOW_DAYS = 3;
    private static final int MAX_WINDOW_DAYS = 31;
    /** Which ledger entries a match by hand may name: this far around its month. */
    private static final int HAND_REACH_DAYS = 92;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** A statement file as imported: the statements it held, whether they are new, and what was matched. */
    public record Imported(BankAccount account, List<BankStatement> statements, boolean created, int matched) {
    }

    // --- accounts

    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public BankAccount open(String code, String kind, String iban, String currency, String name) {
        AccountKind accountKind = kind(kind);
        mayWrite(accountKind);
        BankAccount account = new BankAccount(code, accountKind, iban,
                currency == null ? null : kz.registry.money.Money.currency(currency), name, clock.instant(), caller());
        boolean taken = !em.createQuery("select a from BankAccount a where a.code = :code or a.iban = :iban", BankAccount.class)
                .setParameter("code", account.code()).setParameter("iban", account.iban()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("An account with the code '" + account.code() + "' or the IBAN " + account.iban()
                    + " is registered already: GET /api/bank-accounts lists them.");
        }
        em.persist(account);
        audit.record(new AuditEvent(AuditAction.CREATED, ACCOUNT_RECORD, account.code(), null,
                Snapshots.of(account.snapshot())));
        return account;
    }

    public List<BankAccount> accounts() {
        return em.createQuery("select a from BankAccount a order by a.code", BankAccount.class).getResultList();
    }

    public BankAccount account(String code) {
        return em.createQuery("select a from BankAccount a where a.code = :code", BankAccount.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException("bank account", code, "No bank account has the code '" + code
                        + "': GET /api/bank-accounts lists them."));
    }

    // --- statements

    /**
     * Imports a statement file ({@code camt053} or {@code csv}) for an account, then matches the months
     * its lines fall in. The same file again changes nothing and answers the statements it made.
     *
     * @param reference the statement's identification, for the CSV form (default: from its content)
     */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public Imported importStatement(String accountCode, String format, byte[] file, String reference, Integer windowDays) {
        BankAccount account = account(accountCode);
        mayWrite(account.kind());
        int window = window(windowDays);
        String fileHash = sha256(file);
        List<BankStatement> earlier = em.createQuery("select s from BankStatement s where s.accountId = :account"
                        + " and s.contentHash like :file order by s.fromDate, s.reference", BankStatement.class)
                .setParameter("account", account.id()).setParameter("file", fileHash.substring(0, 32) + "%").getResultList();
        if (!earlier.isEmpty()) {
            return new Imported(account, earlier, false, 0);
        }
        List<ParsedStatement> parsed = switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "camt053" -> StatementFiles.camt053(file);
            case "csv" -> List.of(StatementFiles.csv(file, reference == null || reference.isBlank()
                    ? "CSV-" + fileHash.substring(0, 12) : reference.strip(), account.iban(), account.currency()));
            default -> throw new InvalidInputException("format", "camt053 (application/xml) or csv (text/csv)");
        };
        Set<YearMonth> months = new TreeSet<>();
        for (ParsedStatement statement : parsed) {
            check(account, statement);
            statement.lines().forEach(line -> months.add(YearMonth.from(line.booked())));
            months.add(YearMonth.from(statement.to()));
        }
        for (YearMonth month : months) {
            refuseIfSignedOff(account, month);
        }
        List<BankStatement> statements = new ArrayList<>();
        for (int index = 0; index < parsed.size(); index++) {
            ParsedStatement statement = parsed.get(index);
            // a file of several statements: each keyed by the file's hash and its place in it
            String key = fileHash.substring(0, 32) + sha256((fileHash + "#" + index).getBytes(StandardCharsets.UTF_8))
                    .substring(0, 32);
            BankStatement stored = new BankStatement(account.id(), statement, key,
                    format.toUpperCase(Locale.ROOT), clock.instant(), caller());
            em.persist(stored);
            statement.lines().forEach(line -> em.persist(new StatementLine(stored.id(), account.id(), line)));
            statements.add(stored);
            audit.record(new AuditEvent(AuditAction.CREATED, STATEMENT_RECORD, stored.id().toString(), null,
                    Snapshots.of(stored.snapshot(account.code()))));
        }
        em.flush();
        int matched = 0;
        for (YearMonth month : months) {
            matched += autoMatch(account, month, window);
        }
        return new Imported(account, statements, true, matched);
    }

    private void check(BankAccount account, ParsedStatement statement) {
        String where = "Statement " + statement.reference() + ": ";
        if (statement.account() != null && !statement.account().replace(" ", "").equalsIgnoreCase(account.iban())) {
            throw new BusinessRuleException(where + "it is of the account " + statement.account() + ", not of '"
                    + account.code() + "' (" + account.iban() + "): import it for that account");
        }
        if (statement.currency() != null && !statement.currency().equals(account.currency())) {
            throw new BusinessRuleException(where + "it is in " + statement.currency() + ", the account in " + account.currency());
        }
        BigDecimal moved = statement.closing().subtract(statement.opening());
        if (moved.compareTo(statement.movement()) != 0) {
            throw new BusinessRuleException(where + "its balances moved by " + moved.toPlainString()
                    + " but its booked lines add up to " + statement.movement().toPlainString()
                    + ": it is not a whole statement");
        }
        boolean known = !em.createQuery("select s from BankStatement s where s.accountId = :account and s.reference = :reference",
                        BankStatement.class).setParameter("account", account.id())
                .setParameter("reference", statement.reference()).getResultList().isEmpty();
        if (known) {
            throw new ConflictException(where + "a different file with this statement was imported already; a "
                    + "correction from the bank comes as a new statement");
        }
    }

    // --- matching

    /** How many matches a new round of matching found, and the month after it. */
    public record Rematched(int matched, MonthReconciliation month) {
    }

    /** Matches what is left of a month, lines and entries of the same amount paired within {@code windowDays}. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public Rematched matchAutomatically(String accountCode, YearMonth month, Integer windowDays) {
        BankAccount account = account(accountCode);
        mayWrite(account.kind());
        refuseIfSignedOff(account, month);
        int matched = autoMatch(account, month, window(windowDays));
        return new Rematched(matched, month(accountCode, month, null));
    }

    /** Matches a month its callers checked is not signed off. */
    private int autoMatch(BankAccount account, YearMonth month, int window) {
        List<StatementLine> lines = unmatchedLines(account, month);
        List<LedgerItems.Entry> entries = unmatchedEntries(account, month.atDay(1).minusDays(window),
                month.atEndOfMonth().plusDays(window));
        List<Matching.Match> matches = Matching.match(
                lines.stream().map(line -> new Matching.BankItem(line.id(), line.booked(), line.amount(), line.reference()))
                        .toList(),
                entries.stream().map(entry -> new Matching.LedgerItem(entry.id(), entry.day(), entry.amount(),
                        entry.references())).toList(), window);
        Map<UUID, StatementLine> byId = lines.stream().collect(Collectors.toMap(StatementLine::id, Function.identity()));
        for (Matching.Match match : matches) {
            record(account, month, match.rule().name(), null, match.lines().stream().map(byId::get).toList(), match.entries());
        }
        return matches.size();
    }

    /** Lines and entries the officer pairs: they must add up to the same amount. Answers the month after it. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public MonthReconciliation matchByHand(String accountCode, YearMonth month, List<UUID> lineIds, List<UUID> entryIds,
                                           String reason) {
        BankAccount account = account(accountCode);
        mayWrite(account.kind());
        refuseIfSignedOff(account, month);
        if (lineIds == null || lineIds.isEmpty() || entryIds == null || entryIds.isEmpty()) {
            throw new InvalidInputException("lines", "a match names at least one statement line and one ledger entry");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "required: why these settle each other, at most 500 characters");
        }
        Map<UUID, StatementLine> open = unmatchedLines(account, month).stream()
                .collect(Collectors.toMap(StatementLine::id, Function.identity()));
        List<StatementLine> lines = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(lineIds)) {
            StatementLine line = open.get(id);
            if (line == null) {
                throw new BusinessRuleException("Line " + id + " is not an unmatched line of '" + account.code() + "' in "
                        + month + ": see GET /api/reconciliations/" + account.code() + "/" + month);
            }
            lines.add(line);
        }
        Map<UUID, LedgerItems.Entry> ledger = unmatchedEntries(account, month.atDay(1).minusDays(HAND_REACH_DAYS),
                month.atEndOfMonth().plusDays(HAND_REACH_DAYS)).stream()
                .collect(Collectors.toMap(LedgerItems.Entry::id, Function.identity()));
        BigDecimal entriesTotal = BigDecimal.ZERO;
        for (UUID id : new LinkedHashSet<>(entryIds)) {
            LedgerItems.Entry entry = ledger.get(id);
            if (entry == null) {
                throw new BusinessRuleException("Entry " + id + " is not an unmatched entry of the " + account.kind().name()
                        .toLowerCase(Locale.ROOT) + " ledger within three months of " + month);
            }
            entriesTotal = entriesTotal.add(entry.amount());
        }
        BigDecimal linesTotal = lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (linesTotal.compareTo(entriesTotal) != 0) {
            throw new BusinessRuleException("The lines add up to " + linesTotal.toPlainString() + " and the entries to "
                    + entriesTotal.toPlainString() + ": a match settles the same amount on both sides; mark a "
                    + "difference as a bank error or a timing difference instead");
        }
        record(account, month, Matching.Rule.BY_HAND.name(), reason.strip(), lines,
                new ArrayList<>(new LinkedHashSet<>(entryIds)));
        return month(accountCode, month, null);
    }

    private void record(BankAccount account, YearMonth month, String rule, String reason,
                                       List<StatementLine> lines, List<UUID> entries) {
        ReconciliationMatch match = new ReconciliationMatch(account.id(), month.atDay(1), rule, reason, clock.instant(),
                caller());
        em.persist(match);
        em.flush(); // the match before the entries it settles: the mapping does not relate them
        lines.forEach(line -> line.settledBy(match.id()));
        entries.forEach(entry -> em.persist(new MatchedEntry(entry, match.id())));
        audit.record(new AuditEvent(AuditAction.CREATED, MATCH_RECORD, match.id().toString(), null,
                Snapshots.of(new ReconciliationMatch.Snapshot(account.code(), month.atDay(1), rule,
                        lines.stream().map(StatementLine::id).toList(), entries, reason))));
    }

    // --- resolutions and sign-off

    /** Marks an unmatched item of the month a bank error or a timing difference, with the reason; answers the month after it. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public MonthReconciliation resolve(String accountCode, YearMonth month, String side, UUID item, String resolution,
                                  String reason) {
        BankAccount account = account(accountCode);
        mayWrite(account.kind());
        refuseIfSignedOff(account, month);
        ItemResolution.Side itemSide;
        try {
            itemSide = ItemResolution.Side.valueOf(side == null ? "" : side.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("side", "must be BANK (a statement line) or LEDGER (a ledger entry)");
        }
        ItemResolution.Kind kind = ItemResolution.kind(resolution);
        MonthReconciliation view = month(accountCode, month, null);
        MonthReconciliation.Item found = view.unmatched().stream()
                .filter(candidate -> candidate.side().equals(itemSide.name()) && candidate.id().equals(item)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Item " + item + " is not an unmatched " + itemSide.name()
                        .toLowerCase(Locale.ROOT) + " item of '" + account.code() + "' in " + month));
        if (found.resolution() != null) {
            throw new ConflictException("Item " + item + " is resolved already (" + found.resolution() + ": " + found.reason() + ")");
        }
        ItemResolution made = new ItemResolution(account.id(), month.atDay(1), itemSide, item, kind, reason, clock.instant(),
                caller());
        em.persist(made);
        audit.record(new AuditEvent(AuditAction.CREATED, RESOLUTION_RECORD, made.id().toString(), null,
                Snapshots.of(made.snapshot(account.code()))));
        return month(accountCode, month, null);
    }

    /** Signs the month off once nothing blocks it; its figures are kept as they stand. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    public MonthReconciliation signOff(String accountCode, YearMonth month) {
        BankAccount account = account(accountCode);
        mayWrite(account.kind());
        refuseIfSignedOff(account, month);
        MonthReconciliation view = month(accountCode, month, null);
        if (!view.blocking().isEmpty()) {
            throw new BusinessRuleException("The month " + month + " of '" + account.code() + "' cannot be signed off yet: "
                    + String.join("; ", view.blocking()));
        }
        String figures = Snapshots.of(new Figures(account.code(), month.toString(), view.bank(), view.ledger(),
                view.matched(), view.unmatched().size()));
        em.persist(new MonthSignOff(account.id(), month.atDay(1), figures, clock.instant(), caller()));
        audit.record(new AuditEvent(AuditAction.STATE_CHANGED, MONTH_RECORD, account.code() + "/" + month, null, figures));
        return month(accountCode, month, null);
    }

    /** What a month's sign-off keeps. */
    public record Figures(String account, String month, MonthReconciliation.Bank bank, MonthReconciliation.Ledger ledger,
                          MonthReconciliation.Matched matched, int resolvedItems) {
    }

    // --- the month

    /** The month as it stands, ages counted to {@code asOf} (null: today). */
    public MonthReconciliation month(String accountCode, YearMonth month, LocalDate asOf) {
        if (asOf == null) {
            return month(accountCode, month, LocalDate.now(clock));
        }
        BankAccount account = account(accountCode);
        mayRead(account.kind());
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        em.flush();
        List<BankStatement> statements = em.createQuery("select s from BankStatement s where s.accountId = :account"
                        + " and s.toDate between :first and :last order by s.fromDate, s.toDate, s.reference", BankStatement.class)
                .setParameter("account", account.id()).setParameter("first", first).setParameter("last", last).getResultList();
        List<StatementLine> lines = em.createQuery("select l from StatementLine l where l.accountId = :account"
                        + " and l.booked between :first and :last order by l.booked, l.number", StatementLine.class)
                .setParameter("account", account.id()).setParameter("first", first).setParameter("last", last).getResultList();
        BigDecimal linesTotal = sum(lines.stream().map(StatementLine::amount).toList());
        MonthReconciliation.Bank bank = statements.isEmpty()
                ? new MonthReconciliation.Bank(List.of(), null, null, null, linesTotal)
                : new MonthReconciliation.Bank(statements.stream().map(BankStatement::reference).toList(),
                statements.getFirst().opening(), statements.getLast().closing(),
                statements.getLast().closing().subtract(statements.getFirst().opening()), linesTotal);

        List<LedgerItems.Entry> entries;
        BigDecimal ledgerOpening;
        try (Connection connection = dataSource.getConnection()) {
            entries = LedgerItems.between(connection, account.kind(), account.currency(), first, last);
            ledgerOpening = LedgerItems.balanceBefore(connection, account.kind(), first);
        } catch (SQLException e) {
            throw new IllegalStateException("The ledger could not be read", e);
        }
        BigDecimal ledgerMovement = sum(entries.stream().map(LedgerItems.Entry::amount).toList());
        MonthReconciliation.Ledger ledger = new MonthReconciliation.Ledger(ledgerOpening,
                ledgerOpening == null ? null : ledgerOpening.add(ledgerMovement), ledgerMovement);

        Set<UUID> matchedEntries = matched(entries.stream().map(LedgerItems.Entry::id).toList());
        Map<UUID, ItemResolution.Snapshot> resolutions = em.createQuery("select r from ItemResolution r where"
                        + " r.accountId = :account and r.monthStart = :month", ItemResolution.class)
                .setParameter("account", account.id()).setParameter("month", first).getResultList().stream()
                .map(resolution -> resolution.snapshot(account.code()))
                .collect(Collectors.toMap(ItemResolution.Snapshot::item, Function.identity()));
        List<MonthReconciliation.Item> unmatched = new ArrayList<>();
        for (StatementLine line : lines) {
            if (line.matchId() == null) {
                unmatched.add(item("BANK", line.id(), line.booked(), line.amount(), line.reference(), line.description(),
                        asOf, resolutions.get(line.id())));
            }
        }
        for (LedgerItems.Entry entry : entries) {
            if (!matchedEntries.contains(entry.id())) {
                unmatched.add(item("LEDGER", entry.id(), entry.day(), entry.amount(), String.join(", ", entry.references()),
                        entry.description(), asOf, resolutions.get(entry.id())));
            }
        }
        unmatched.sort(Comparator.comparing(MonthReconciliation.Item::day).thenComparing(MonthReconciliation.Item::side));
        List<MonthReconciliation.MatchView> matches = matches(account, first, lines);
        int matchedLines = (int) lines.stream().filter(line -> line.matchId() != null).count();
        BigDecimal matchedAmount = sum(lines.stream().filter(line -> line.matchId() != null).map(StatementLine::amount).toList());
        MonthReconciliation.Matched matched = new MonthReconciliation.Matched(matchedLines,
                matches.stream().mapToInt(match -> match.entries().size()).sum(), matchedAmount);

        MonthSignOff signOff = signedOff(account, month);
        List<String> blocking = new ArrayList<>();
        if (signOff == null) {
            if (statements.isEmpty()) {
                blocking.add("no statement of the account ends in " + month + ": import the bank's statement first");
            } else if (bank.movement().compareTo(linesTotal) != 0) {
                blocking.add("the statements' balances moved by " + bank.movement().toPlainString() + " and their lines in "
                        + month + " add up to " + linesTotal.toPlainString() + ": a statement of the month is missing");
            }
            long open = unmatched.stream().filter(item -> item.resolution() == null).count();
            if (open > 0) {
                blocking.add(open + " unmatched item" + (open == 1 ? "" : "s") + " without a resolution: match "
                        + (open == 1 ? "it" : "each") + " by hand, or mark it a bank error or a timing difference with the reason");
            }
        }
        return new MonthReconciliation(account.code(), account.kind(), account.currency(), month.toString(), asOf, bank, ledger, matched,
                unmatched, matches, signOff == null ? null
                : new MonthReconciliation.SignedOff(signOff.signedAt(), signOff.signedBy(), signOff.figures()), blocking);
    }

    private static MonthReconciliation.Item item(String side, UUID id, LocalDate day, BigDecimal amount, String reference,
                                                 String description, LocalDate asOf, ItemResolution.Snapshot resolution) {
        return new MonthReconciliation.Item(side, id, day, amount, reference == null || reference.isEmpty() ? null : reference,
                description, Math.max(0, ChronoUnit.DAYS.between(day, asOf)),
                resolution == null ? null : resolution.resolution(), resolution == null ? null : resolution.reason());
    }

    private List<MonthReconciliation.MatchView> matches(BankAccount account, LocalDate first, List<StatementLine> lines) {
        Set<UUID> ids = lines.stream().map(StatementLine::matchId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<MonthReconciliation.MatchView> views = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            List<Object[]> rows = em.createQuery("select m, e.entryId from ReconciliationMatch m, MatchedEntry e"
                    + " where e.matchId = m.id and m.id in :ids", Object[].class).setParameter("ids", chunk).getResultList();
            Map<ReconciliationMatch, List<UUID>> byMatch = rows.stream().collect(Collectors.groupingBy(
                    row -> (ReconciliationMatch) row[0], java.util.LinkedHashMap::new,
                    Collectors.mapping(row -> (UUID) row[1], Collectors.toList())));
            byMatch.forEach((match, entries) -> {
                List<StatementLine> settled = lines.stream().filter(line -> match.id().equals(line.matchId())).toList();
                views.add(new MonthReconciliation.MatchView(match.id(), match.rule(), settled.stream()
                        .map(StatementLine::id).toList(), entries, sum(settled.stream().map(StatementLine::amount).toList()),
                        match.createdBy(), match.reason()));
            });
        }
        return views;
    }

    // --- helpers

    private List<StatementLine> unmatchedLines(BankAccount account, YearMonth month) {
        return em.createQuery("select l from StatementLine l where l.accountId = :account and l.matchId is null"
                        + " and l.booked between :first and :last order by l.booked, l.number", StatementLine.class)
                .setParameter("account", account.id()).setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth()).getResultList();
    }

    private List<LedgerItems.Entry> unmatchedEntries(BankAccount account, LocalDate first, LocalDate last) {
        em.flush();
        List<LedgerItems.Entry> entries;
        try (Connection connection = dataSource.getConnection()) {
            entries = LedgerItems.between(connection, account.kind(), account.currency(), first, last);
        } catch (SQLException e) {
            throw new IllegalStateException("The ledger could not be read", e);
        }
        Set<UUID> matched = matched(entries.stream().map(LedgerItems.Entry::id).toList());
        return entries.stream().filter(entry -> !matched.contains(entry.id())).toList();
    }

    private Set<UUID> matched(Collection<UUID> entries) {
        Set<UUID> matched = new java.util.HashSet<>();
        for (List<UUID> chunk : chunks(entries)) {
            matched.addAll(em.createQuery("select e.entryId from MatchedEntry e where e.entryId in :ids", UUID.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return matched;
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 500) {
            chunks.add(all.subList(start, Math.min(all.size(), start + 500)));
        }
        return chunks;
    }

    private MonthSignOff signedOff(BankAccount account, YearMonth month) {
        return em.createQuery("select s from MonthSignOff s where s.accountId = :account and s.monthStart = :month",
                        MonthSignOff.class).setParameter("account", account.id()).setParameter("month", month.atDay(1))
                .getResultStream().findFirst().orElse(null);
    }

    private void refuseIfSignedOff(BankAccount account, YearMonth month) {
        MonthSignOff signOff = signedOff(account, month);
        if (signOff != null) {
            throw new BusinessRuleException("The month " + month + " of '" + account.code() + "' was signed off by "
                    + signOff.signedBy() + " on " + signOff.signedAt() + ": it is not changed again; correct it by an "
                    + "entry in a later month");
        }
    }

    private static int window(Integer windowDays) {
        int window = windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
        if (window < 0 || window > MAX_WINDOW_DAYS) {
            throw new InvalidInputException("windowDays", "from 0 to " + MAX_WINDOW_DAYS + " days");
        }
        return window;
    }

    private static AccountKind kind(String kind) {
        try {
            return AccountKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "BUDGET (the budget's payment account) or FUND (the victims"
                    + " compensation fund's account)");
        }
    }

    /** The budget's account is a finance officer's to reconcile, the fund's a court clerk's. */
    private void mayWrite(AccountKind kind) {
        String role = kind == AccountKind.BUDGET ? Roles.FINANCE_OFFICER : Roles.COURT_CLERK;
        if (!session.isCallerInRole(role)) {
            throw new jakarta.ejb.EJBAccessException("The " + kind.name().toLowerCase(Locale.ROOT) + " account is reconciled by "
                    + (kind == AccountKind.BUDGET ? "a finance officer" : "a court clerk"));
        }
    }

    private void mayRead(AccountKind kind) {
        if (!session.isCallerInRole(Roles.AUDITOR)) {
            mayWrite(kind);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
