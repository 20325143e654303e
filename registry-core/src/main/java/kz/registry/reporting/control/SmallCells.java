package kz.registry.reporting.control;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Small-cell suppression for published tables of people: no cell counting from one to
 * {@code minimum - 1} people is published (primary suppression), and no such cell can be
 * worked out from what is published (secondary suppression).
 *
 * <p>A {@link Margin} says which published cells add up to which published total: a reader who
 * has the total and every published member knows the sum of the hidden members. So within a
 * margin whose total is published, the hidden members are at least two and together count at
 * least {@code minimum} people; while that does not hold, the smallest published member with
 * people in it is hidden too (it gives away the least), or the total when only empty members
 * are left. A hidden total whose members are all published would be their sum: one member is
 * hidden with it. Rounds repeat until nothing changes, since a cell hidden in one margin can
 * open another it belongs to.
 *
 * <p>A cell of no people is published: it names nobody, and hiding it would only tell a reader
 * that the hidden cells around it are empty. For the same reason hidden cells that hold nobody
 * between them (a count of decided claims where none was decided) need no partner.
 */
public final class SmallCells {

    /** Why a cell is not published. */
    public enum Reason {
        /** It counts fewer people than the minimum. */
        SMALL_CELL("small-cell"),
        /** It would let a reader work out a cell hidden for being small. */
        COMPLEMENTARY("complementary");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** As the published tables mark it. */
        public String code() {
            return code;
        }
    }

    /**
     * Members that add up to a total, as a reader can add them: {@code total} null when the
     * members' sum is published nowhere.
     */
    public record Margin<C>(C total, List<C> members) {
        public Margin {
            members = List.copyOf(members);
        }
    }

    private SmallCells() {
    }

    /**
     * The cells to hide and why.
     *
     * @param margins the cells and how they add up; a cell may sit in several margins
     * @param people  how many people a cell counts
     * @param minimum the fewest people a published cell may count (at least 2)
     * @param hidden  cells already hidden (by a suppression of another count over the same cells),
     *                kept hidden with their reasons
     */
    public static <C> Map<C, Reason> suppress(List<Margin<C>> margins, ToLongFunction<C> people, int minimum,
                                              Map<C, Reason> hidden) {
        if (minimum < 2) {
            throw new IllegalArgumentException("A minimum cell of " + minimum + " suppresses nothing");
        }
        Map<C, Reason> result = new LinkedHashMap<>(hidden);
        for (Margin<C> margin : margins) {
            if (margin.total() != null) {
                hideIfSmall(margin.total(), people, minimum, result);
            }
            margin.members().forEach(member -> hideIfSmall(member, people, minimum, result));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Margin<C> margin : margins) {
                changed |= protect(margin, people, minimum, result);
            }
        }
        return result;
    }

    private static <C> void hideIfSmall(C cell, ToLongFunction<C> people, int minimum, Map<C, Reason> hidden) {
        long count = people.applyAsLong(cell);
        if (count > 0 && count < minimum) {
            hidden.putIfAbsent(cell, Reason.SMALL_CELL);
        }
    }

    /** Hides one more cell of the margin when a reader could work out what is hidden in it; true if it did. */
    private static <C> boolean protect(Margin<C> margin, ToLongFunction<C> people, int minimum, Map<C, Reason> hidden) {
        List<C> hiddenMembers = margin.members().stream().filter(hidden::containsKey).toList();
        Optional<C> smallestPublished = margin.members().stream()
                .filter(member -> !hidden.containsKey(member) && people.applyAsLong(member) > 0)
                .min(Comparator.comparingLong(people));
        if (margin.total() == null || hidden.containsKey(margin.total())) {
            boolean totalWorkedOut = margin.total() != null && hiddenMembers.isEmpty() && smallestPublished.isPresent();
            if (totalWorkedOut) {
                hidden.put(smallestPublished.get(), Reason.COMPLEMENTARY);
            }
            return totalWorkedOut;
        }
        long hiddenPeople = hiddenMembers.stream().mapToLong(people).sum();
        // hidden cells that hold nobody give nobody away, worked out or not
        if (hiddenPeople == 0 || (hiddenMembers.size() >= 2 && hiddenPeople >= minimum)) {
            return false;
        }
        hidden.put(smallestPublished.orElse(margin.total()), Reason.COMPLEMENTARY);
        return true;
    }
}
