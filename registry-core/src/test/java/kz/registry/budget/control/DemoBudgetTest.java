package kz.registry.budget.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The demo budget adds up to the seed's figures (docs/domain.md), and each appropriation is allocated in full. */
class DemoBudgetTest {

    @Test
    void theDemoYearsAddUpToTheSeedsFigures() {
        Map<String, BigDecimal> appropriated = new TreeMap<>();
        Map<String, BigDecimal> allocated = new TreeMap<>();
        String current = null;
        for (String[] cells : DemoBudget.read()) {
            if (cells[0].equals("appropriation")) {
                current = cells[1] + " " + cells[3];
                appropriated.merge(current, new BigDecimal(cells[4]), BigDecimal::add);
            } else {
                allocated.merge(current, new BigDecimal(cells[3]), BigDecimal::add);
            }
        }

        assertThat(appropriated).isEqualTo(Map.of(
                "2016 shelter-assistance", new BigDecimal("24000000.00"),
                "2016 investigation-assistance", new BigDecimal("1970000.00"),
                "2017 shelter-assistance", new BigDecimal("159000000.00"),
                "2017 investigation-assistance", new BigDecimal("3700000.00")));
        assertThat(allocated).isEqualTo(appropriated);
    }

    @Test
    void the2017ShelterMoneyGoesToAllElevenShelters() {
        List<String> shelters2017 = DemoBudget.read().stream()
                .filter(cells -> cells[0].equals("allocation") && cells[1].equals("shelter")
                        && cells[4].startsWith("2017"))
                .map(cells -> cells[2]).distinct().toList();

        assertThat(shelters2017).hasSize(11);
        assertThat(DemoShelters.read(null).stream().map(shelter -> shelter.name()).toList())
                .containsExactlyInAnyOrderElementsOf(shelters2017);
    }
}
