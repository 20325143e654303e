package kz.registry.claims.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.shared.DemoFiles;
import org.junit.jupiter.api.Test;

/** The demo claims name demo proceedings and victims that exist, and the fund adds up by hand. */
class DemoClaimsTest {

    private static List<String[]> lines(String resource) {
        return DemoFiles.read(resource);
    }

    @Test
    void everyClaimNamesADemoProceedingAndAVictimRecognisedInIt() {
        Set<String> victims = lines("/demo/compensation.csv").stream().filter(cells -> cells[0].equals("victim"))
                .map(cells -> cells[8] + "/" + cells[2]).collect(Collectors.toSet());

        assertThat(DemoClaims.read()).filteredOn(cells -> cells[0].equals("claim"))
                .allSatisfy(cells -> assertThat(victims).contains(cells[3] + "/" + cells[2]));
    }

    @Test
    void theFundLeavesWhatTheReadmeSays() {
        BigDecimal inflows = DemoClaims.read().stream().filter(cells -> cells[0].equals("inflow"))
                .map(cells -> new BigDecimal(cells[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal register = new BigDecimal("87510.00").multiply(BigDecimal.TWO); // C1, C2: 30 x 2,917 each
        BigDecimal recovered = new BigDecimal("40000.00");

        assertThat(inflows).isEqualByComparingTo("200000.00");
        assertThat(inflows.subtract(register).add(recovered)).isEqualByComparingTo("64980.00");
    }
}
