package kz.registry.claims.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo claims name demo proceedings and victims that exist, and the fund adds up by hand. */
class DemoClaimsTest {

    private static List<String[]> lines(String resource) throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                DemoClaimsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1)).toList();
        }
    }

    @Test
    void everyClaimNamesADemoProceedingAndAVictimRecognisedInIt() throws Exception {
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
