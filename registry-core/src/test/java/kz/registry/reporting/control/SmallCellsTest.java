package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.registry.reporting.control.SmallCells.Margin;
import kz.registry.reporting.control.SmallCells.Reason;
import org.junit.jupiter.api.Test;

/** Which cells are hidden, on margins small enough to check by hand. Cells are named counts. */
class SmallCellsTest {

    record Cell(String name, long people) {
    }

    private static Map<Cell, Reason> suppress(int minimum, List<Margin<Cell>> margins) {
        return SmallCells.suppress(margins, Cell::people, minimum, Map.of());
    }

    @Test
    void aSmallCellIsHiddenWithTheSmallestCellBesideIt() {
        // 30 = 2 + 8 + 20: the 2 is small; with the 8 hidden too a reader learns only that they hold 10
        Cell total = new Cell("total", 30);
        Cell two = new Cell("two", 2);
        Cell eight = new Cell("eight", 8);
        Cell twenty = new Cell("twenty", 20);
        assertThat(suppress(5, List.of(new Margin<>(total, List.of(two, eight, twenty)))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(two, Reason.SMALL_CELL, eight, Reason.COMPLEMENTARY));
    }

    @Test
    void twoSmallCellsThatTogetherStaySmallTakeAThird() {
        // 1 + 2 = 3 people together: still fewer than 5, so the 6 goes too (3 + 6 = 9)
        Cell total = new Cell("total", 29);
        Cell one = new Cell("one", 1);
        Cell two = new Cell("two", 2);
        Cell six = new Cell("six", 6);
        Cell twenty = new Cell("twenty", 20);
        assertThat(suppress(5, List.of(new Margin<>(total, List.of(one, two, six, twenty)))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(one, Reason.SMALL_CELL, two, Reason.SMALL_CELL,
                        six, Reason.COMPLEMENTARY));
    }

    @Test
    void emptyCellsArePublishedAndNeverChosenToProtect() {
        // 7 = 0 + 3 + 4: the 3 and the 4 are small and together hold 7, so nothing more goes, and the 0 stays
        Cell total = new Cell("total", 7);
        Cell none = new Cell("none", 0);
        Cell three = new Cell("three", 3);
        Cell four = new Cell("four", 4);
        assertThat(suppress(5, List.of(new Margin<>(total, List.of(none, three, four)))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(three, Reason.SMALL_CELL, four, Reason.SMALL_CELL));
    }

    @Test
    void aSmallTotalHidesItsCellsAndNothingIsHiddenWithoutNeed() {
        Cell total = new Cell("total", 4);
        Cell three = new Cell("three", 3);
        Cell one = new Cell("one", 1);
        Cell big = new Cell("big", 40);
        Cell bigger = new Cell("bigger", 60);
        Map<Cell, Reason> hidden = suppress(5, List.of(new Margin<>(total, List.of(three, one)),
                new Margin<>(new Cell("other total", 100), List.of(big, bigger))));
        assertThat(hidden).containsOnlyKeys(total, three, one);
    }

    @Test
    void aCellHiddenInOneMarginIsProtectedInTheOtherItSitsIn() {
        // rows: a = 2 + 10, b = 10 + 10; columns: x = 2 + 10, y = 10 + 10 (a table with both margins)
        Cell ax = new Cell("ax", 2);
        Cell ay = new Cell("ay", 10);
        Cell bx = new Cell("bx", 10);
        Cell by = new Cell("by", 10);
        Map<Cell, Reason> hidden = suppress(5, List.of(
                new Margin<>(new Cell("a", 12), List.of(ax, ay)), new Margin<>(new Cell("b", 20), List.of(bx, by)),
                new Margin<>(new Cell("x", 12), List.of(ax, bx)), new Margin<>(new Cell("y", 20), List.of(ay, by))));
        // the 2 takes ay in its row and bx in its column; each of those then takes by in its other margin
        assertThat(hidden).containsOnlyKeys(ax, ay, bx, by);
        assertThat(hidden.get(ax)).isEqualTo(Reason.SMALL_CELL);
    }

    @Test
    void whenOnlyEmptyCellsAreLeftTheTotalIsHidden() {
        // the 10 was hidden by another count; beside it only a 0: the total would give it away
        Cell total = new Cell("total", 10);
        Cell ten = new Cell("ten", 10);
        Cell none = new Cell("none", 0);
        Map<Cell, Reason> hidden = SmallCells.suppress(List.of(new Margin<>(total, List.of(ten, none))),
                Cell::people, 5, Map.of(ten, Reason.SMALL_CELL));
        assertThat(hidden).containsExactlyInAnyOrderEntriesOf(Map.of(ten, Reason.SMALL_CELL,
                total, Reason.COMPLEMENTARY));
    }

    @Test
    void aHiddenTotalIsNotLeftToTheSumOfItsCells() {
        // the total of 12 is hidden elsewhere; 5 + 7 would give it back, so the 5 goes
        Cell total = new Cell("total", 12);
        Cell five = new Cell("five", 5);
        Cell seven = new Cell("seven", 7);
        Map<Cell, Reason> hidden = SmallCells.suppress(List.of(new Margin<>(total, List.of(five, seven))),
                Cell::people, 5, Map.of(total, Reason.COMPLEMENTARY));
        assertThat(hidden).containsOnlyKeys(total, five);
    }

    @Test
    void hiddenCellsThatHoldNobodyNeedNoPartner() {
        // decided claims: the two cells were hidden for their victims; none of their claims is decided yet, so the
        // year's 0 gives nothing away and stays published, as do the 0s beside them
        Cell total = new Cell("total", 0);
        Cell foreign = new Cell("foreign", 0);
        Cell domestic = new Cell("domestic", 0);
        Map<Cell, Reason> hidden = SmallCells.suppress(List.of(new Margin<>(total, List.of(foreign, domestic))),
                Cell::people, 5, Map.of(foreign, Reason.SMALL_CELL, domestic, Reason.COMPLEMENTARY));
        assertThat(hidden).containsOnlyKeys(foreign, domestic);
    }

    @Test
    void aMinimumBelowTwoIsRefused() {
        assertThatThrownBy(() -> suppress(1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
