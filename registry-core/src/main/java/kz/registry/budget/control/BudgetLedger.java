package kz.registry.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.registry.budget.EntriesPosted;
import kz.registry.budget.entity.AppropriationTerms;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Purpose;
import kz.registry.budget.entity.Shelter;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.DomainException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.UnknownRecordException;

/**
 * Posts to the budget ledger under commitment control, in the caller's transaction.
 *
 * <p>Every posting first takes its fiscal year's shared lock (see {@link PeriodLocks}) and then
 * its parent entry's row lock, always in that order and, for many parents, in the order of their
 * ids, so concurrent postings queue instead of deadlocking. Under the parent's lock it reads what
 * already stands against the parent (a running sum, see {@link Consumptions}): no two postings can
 * both take the last tenge.
 */
@Dependent
public class BudgetLedger {

    /** How many entries a bulk entry keeps in memory before writing them out. */
    static final int CHUNK = 1_000;
    /** Why a file with a header and no lines is refused. */
    public static final String HEADER_ALONE = "has a header but no lines";
    /** How many bad lines a refused file lists; the rest are counted. */
    static final int LISTED_ERRORS = 100;
    /** How many ids one query names. */
    static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PeriodLocks periods;

    @Inject
    Consumptions consumptions;

    @Inject
    Event<EntriesPosted> posted;

    public BudgetEntry appropriate(AppropriationTerms terms, BudgetEntry.Stamp stamp) {
        periods.lockForPosting(terms.year(), "appropriations");
        if (em.find(Purpose.class, terms.purpose()) == null) {
            throw new InvalidInputException("purpose", "there is no purpose '" + terms.purpose()
                    + "' (GET /api/purposes lists them; a finance officer adds one with POST)");
        }
        BudgetEntry appropriation = BudgetEntry.appropriation(terms, stamp);
        persist(List.of(appropriation));
        return appropriation;
    }

    /** One posting; a refusal is thrown as it is (404 unknown parent, 422 over the limit ...). */
    public BudgetEntry post(Posting posting, BudgetEntry.Stamp stamp) {
        Run run = new Run(stamp);
        run.lock(Set.of(posting.parentId()));
        if (!run.parents.containsKey(posting.parentId())) {
            throw new UnknownRecordException(posting.kind().parent().map(EntryKind::recordType).orElse("entry"),
                    posting.parentId());
        }
        BudgetEntry entry = run.post(posting);
        persist(List.of(entry));
        return entry;
    }

    /** A numbered line of a file: the posting it states, or why it states none. */
    public record Line(int number, Posting posting, String error) {
    }

    /** What a bulk entry posted, in line order, and per chunk to whoever follows its progress. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void posted(int done, int total);
    }

    /**
     * Posts every line of a file in order, or none: each bad line is named with why (also lines
     * that would take the running total over a limit), and then the whole file is refused (400).
     * The file is read twice, a line at a time: first to find and lock what its lines post
     * against, then to post. The chunk callback writes the audit entries of each chunk before its
     * entries leave memory.
     *
     * @return how many entries were posted
     */
    public int postAll(Supplier<Stream<Line>> file, BudgetEntry.Stamp stamp, Progress progress,
                       java.util.function.Consumer<List<BudgetEntry>> chunkWritten) {
        LineRefusals refusals = new LineRefusals();
        Set<UUID> parentIds = new HashSet<>();
        int total = 0;
        try (Stream<Line> lines = file.get()) {
            for (Line line : (Iterable<Line>) lines::iterator) {
                total++;
                if (line.error() != null) {
                    refusals.refuse(line.number(), line.error());
                } else {
                    parentIds.add(line.posting().parentId());
                }
            }
        }
        if (total == 0) {
            throw new InvalidInputException("file", HEADER_ALONE);
        }
        Run run = new Run(stamp);
        run.lock(parentIds); // unknown parents are named per line below
        int posted = 0;
        List<BudgetEntry> chunk = new ArrayList<>(CHUNK);
        try (Stream<Line> lines = file.get()) {
            for (Line line : (Iterable<Line>) lines::iterator) {
                if (line.posting() == null) {
                    continue;
                }
                try {
                    BudgetEntry entry = run.post(line.posting());
                    if (refusals.none()) {
                        chunk.add(entry);
                    }
                } catch (DomainException e) {
                    refusals.refuse(line.number(), LineRefusals.why(e));
                    chunk.clear();
                }
                if (chunk.size() == CHUNK) {
                    posted += write(chunk, chunkWritten);
                    progress.posted(posted, total);
                }
            }
        }
        refusals.throwIfAny();
        posted += write(chunk, chunkWritten);
        progress.posted(posted, total);
        return posted;
    }

    private int write(List<BudgetEntry> chunk, java.util.function.Consumer<List<BudgetEntry>> chunkWritten) {
        List<BudgetEntry> written = List.copyOf(chunk);
        persist(written);
        chunkWritten.accept(written);
        em.flush();
        em.clear(); // a large file must not pile up in memory; the locks stay until commit
        chunk.clear();
        return written.size();
    }

    /** The lines of a file refused so far: the first {@value #LISTED_ERRORS} with why, the rest counted. */
    static final class LineRefusals {
        private final Map<String, String> listed = new LinkedHashMap<>();
        private int unlisted;

        void refuse(int line, String why) {
            if (listed.size() < LISTED_ERRORS) {
                listed.merge("line " + line, why, (first, next) -> first + "; " + next);
            } else {
                unlisted++;
            }
        }

        boolean none() {
            return listed.isEmpty() && unlisted == 0;
        }

        /** Why a line is refused, in one sentence: an input error's fields with their reasons, or the rule. */
        static String why(DomainException e) {
            return e instanceof InvalidInputException invalid
                    ? String.join("; ", invalid.fieldErrors().entrySet().stream()
                            .map(field -> field.getKey() + ": " + field.getValue()).toList())
                    : e.getMessage();
        }

        /** Refuses the whole file (400), naming the lines, when any line was refused. */
        void throwIfAny() {
            if (none()) {
                return;
            }
            Map<String, String> errors = new LinkedHashMap<>(listed);
            if (unlisted > 0) {
                errors.put("more", unlisted + " more lines refused");
            }
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Undoes an entry with a reversing entry, provided nothing stands against it any more
     * (an allocation's payments are reversed before the allocation).
     */
    public BudgetEntry reverse(BudgetEntry original, String reason, LocalDate on, BudgetEntry.Stamp stamp) {
        periods.lockForPosting(original.fiscalYear(), "reversals");
        em.lock(original, LockModeType.PESSIMISTIC_WRITE);
        reversalOf(original.id()).ifPresent(reversal -> {
            throw new BusinessRuleException(original.kind().recordType() + " " + original.id()
                    + " is already reversed (by " + reversal + ").");
        });
        for (EntryKind below : EntryKind.values()) {
            if (below.parent().orElse(null) == original.kind()) {
                Money used = used(original.id(), below, original.amount());
                if (used.amount().signum() != 0) {
                    throw new BusinessRuleException("Reverse the " + below.recordType() + "s against "
                            + original.kind().recordType() + " " + original.id() + " first: " + used + " "
                            + CommitmentControl.participle(below) + ".");
                }
            }
        }
        BudgetEntry reversal = original.reversal(reason, on == null ? original.valueDate() : on, stamp);
        persist(List.of(reversal));
        return reversal;
    }

    /** Every entry reaches the ledger here, and its summaries hear of it in the same transaction. */
    private void persist(List<BudgetEntry> entries) {
        entries.forEach(em::persist);
        consumptions.add(entries);
        posted.fire(new EntriesPosted(entries.stream().map(entry -> new EntriesPosted.Entry(entry.kind().name(),
                entry.fiscalYear(), entry.source().name(), entry.purpose(), entry.target().shelterId(),
                entry.target().caseNumber(), entry.amount().amount(), entry.amount().code())).toList()));
    }

    public java.util.Optional<UUID> reversalOf(UUID id) {
        return em.createQuery("select e.id from BudgetEntry e where e.reversesId = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The sum of entries of a kind against a parent, reversals netted; zero in the parent's currency if none. */
    public Money used(UUID parentId, EntryKind kind, Money parentAmount) {
        BigDecimal sum = consumptions.of(List.of(parentId)).getOrDefault(parentId, Map.of()).getOrDefault(kind, BigDecimal.ZERO);
        return Money.rounded(sum, parentAmount.currency(), java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * One posting session: the parents it locked, what stands against each so far (running, as
     * lines are posted), and the shelters it has looked up.
     */
    private final class Run {
        private final BudgetEntry.Stamp stamp;
        private final Map<UUID, BudgetEntry> parents = new HashMap<>();
        private final Map<UUID, String> unusable = new HashMap<>();
        private final Map<Consumptions.Against, Money> used = new HashMap<>();
        private final Map<UUID, Optional<Shelter>> shelters = new HashMap<>();

        Run(BudgetEntry.Stamp stamp) {
            this.stamp = stamp;
        }

        /**
         * Locks the parents' years (in their order), then the parents (in the order of their ids,
         * a few hundred a query): years first, as a reversal and an appropriation take them, or a
         * payment and a reversal of the same allocation would each hold what the other waits for.
         * Reads which were reversed and what stands against each, so posting a line needs no
         * query. A parent that cannot be used, or does not exist, is remembered with why.
         */
        void lock(Set<UUID> parentIds) {
            List<UUID> ids = parentIds.stream().filter(Objects::nonNull).sorted().toList();
            java.util.SortedSet<Integer> years = new TreeSet<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                // an entry's year never changes: read unlocked, then locked in order
                years.addAll(em.createQuery("select distinct e.fiscalYear from BudgetEntry e where e.id in :ids",
                        Integer.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                        .getResultList());
            }
            years.forEach(year -> periods.lockForPosting(year, "postings"));
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                em.createQuery("select e from BudgetEntry e where e.id in :ids order by e.id", BudgetEntry.class)
                        .setParameter("ids", chunk).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                        .forEach(parent -> parents.put(parent.id(), parent));
                em.createQuery("select e.reversesId, e.id from BudgetEntry e where e.reversesId in :ids", Object[].class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(row -> unusable.put((UUID) row[0], parents.get((UUID) row[0]).kind().recordType() + " "
                                + row[0] + " was reversed (by " + row[1] + "): nothing more is posted against it"));
                for (UUID id : chunk) {
                    BudgetEntry parent = parents.get(id);
                    for (EntryKind kind : EntryKind.values()) {
                        if (parent != null && kind.parent().orElse(null) == parent.kind()) {
                            used.put(new Consumptions.Against(id, kind), Money.rounded(BigDecimal.ZERO, parent.amount().currency(),
                                    java.math.RoundingMode.UNNECESSARY));
                        }
                    }
                }
                consumptions.of(chunk).forEach((parent, byKind) -> byKind.forEach((kind, sum) -> used.put(new Consumptions.Against(parent, kind),
                        Money.rounded(sum, parents.get(parent).amount().currency(), java.math.RoundingMode.UNNECESSARY))));
            }
            ids.stream().filter(id -> !parents.containsKey(id))
                    .forEach(id -> unusable.put(id, "there is no budget entry " + id));
        }

        BudgetEntry post(Posting posting) {
            String unusableWhy = unusable.get(posting.parentId());
            if (unusableWhy != null) {
                throw new BusinessRuleException(unusableWhy);
            }
            BudgetEntry parent = parents.get(posting.parentId());
            posting.target().shelter().ifPresent(shelter -> requireShelterOpen(shelter, parent.fiscalYear()));
            BudgetEntry entry = parent.post(posting, stamp);
            Consumptions.Against key = new Consumptions.Against(parent.id(), posting.kind());
            Money before = used.get(key); // read when the parent was locked
            CommitmentControl.refuseOverrun(parent.kind().recordType() + " " + parent.id(), parent.amount(),
                    posting.kind(), before, posting.amount());
            used.put(key, before.plus(posting.amount()));
            return entry;
        }

        /** The shelter exists, and had opened by the year of the money (when its opening year is known). */
        private void requireShelterOpen(UUID id, int year) {
            Shelter shelter = shelters.computeIfAbsent(id, known -> Optional.ofNullable(em.find(Shelter.class, known)))
                    .orElseThrow(() -> new InvalidInputException("shelterId", "there is no shelter " + id));
            shelter.openedYear().filter(opened -> opened > year).ifPresent(opened -> {
                throw new BusinessRuleException("Shelter '" + shelter.name() + "' opened in " + opened
                        + ": money of fiscal year " + year + " cannot be allocated to it.");
            });
        }
    }
}
