package kz.registry.claims.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The fund's forecast over HTTP, on H2 and PostgreSQL. The fund is shared by every test of the
 * run, so this test checks what holds whatever the others posted (the exact figures are checked on
 * made-up history in FundForecastingTest): twelve consecutive months from the month after the day
 * asked for, each range in order, balances carried month to month, and the warnings where the
 * ranges say.
 */
class FundForecastIT extends DeployedRegistry {

    @Test
    void theForecastRunsTwelveMonthsAsRangesAndWarnsWhereTheyFallBelowZero() {
        Http.Reply reply = as("clerk").get("api/fund/forecast?asOf=2030-03-15");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject forecast = reply.json();
        List<JsonObject> months = forecast.getJsonArray("months").getValuesAs(JsonObject.class);
        assertThat(months).extracting(month -> month.getString("month")).containsExactly("2030-04", "2030-05",
                "2030-06", "2030-07", "2030-08", "2030-09", "2030-10", "2030-11", "2030-12", "2031-01", "2031-02",
                "2031-03");
        BigDecimal expected = new BigDecimal(forecast.getString("balance"));
        String firstShort = null;
        String firstAtRisk = null;
        for (JsonObject month : months) {
            for (String range : List.of("inflows", "payouts", "balance")) {
                JsonObject figures = month.getJsonObject(range);
                assertThat(new BigDecimal(figures.getString("low"))).as(range)
                        .isLessThanOrEqualTo(new BigDecimal(figures.getString("expected")));
                assertThat(new BigDecimal(figures.getString("expected"))).as(range)
                        .isLessThanOrEqualTo(new BigDecimal(figures.getString("high")));
            }
            // each month's expected balance is the last one plus what comes in, less what goes out
            expected = expected.add(new BigDecimal(month.getJsonObject("inflows").getString("expected")))
                    .subtract(new BigDecimal(month.getJsonObject("payouts").getString("expected")));
            assertThat(new BigDecimal(month.getJsonObject("balance").getString("expected"))).isEqualByComparingTo(expected);
            if (firstShort == null && expected.signum() < 0) {
                firstShort = month.getString("month");
            }
            if (firstAtRisk == null && new BigDecimal(month.getJsonObject("balance").getString("low")).signum() < 0) {
                firstAtRisk = month.getString("month");
            }
        }
        assertThat(forecast.getString("shortFrom", null)).isEqualTo(firstShort);
        assertThat(forecast.getString("atRiskFrom", null)).isEqualTo(firstAtRisk);
        JsonObject share = forecast.getJsonObject("approvalShare");
        assertThat(new BigDecimal(share.getString("low"))).isLessThanOrEqualTo(new BigDecimal(share.getString("high")));
    }

    @Test
    void theAuditorReadsItAndTheFinanceOfficerDoesNot() {
        assertThat(as("auditor").get("api/fund/forecast").status()).isEqualTo(200);
        assertThat(as("finance").get("api/fund/forecast").status()).isEqualTo(403);
        Http.Reply badDay = as("auditor").get("api/fund/forecast?asOf=15.03.2030");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.contentType()).startsWith("application/problem+json");
    }
}
