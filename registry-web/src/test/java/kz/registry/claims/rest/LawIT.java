package kz.registry.claims.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The compensation law as data over HTTP: the figures of docs/domain.md as loaded, the amounts they
 * give (worked out by hand: multiple x MCI), and an administrator's dated acts. Acts use codes and
 * far-future dates of their own, so the tests run again on a kept database.
 */
class LawIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static JsonObject find(Http.Reply table, String validFrom, String purpose) {
        return table.array().stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("validFrom").equals(validFrom) && row.getString("purpose").equals(purpose))
                .findFirst().orElseThrow(() -> new AssertionError("no MCI row " + purpose + " " + validFrom));
    }

    @Test
    void theMciTableHoldsTheBudgetLawsFiguresWithTheirMidYearChanges() {
        Http.Reply table = as("auditor").get("api/law/mci");

        assertThat(table.status()).isEqualTo(200);
        assertThat(find(table, "2018-01-01", "general").getJsonObject("amount").getString("amount")).isEqualTo("2405.00");
        assertThat(find(table, "2020-01-01", "general").getJsonObject("amount").getString("amount")).isEqualTo("2651.00");
        assertThat(find(table, "2020-04-01", "general").getJsonObject("amount").getString("amount")).isEqualTo("2778.00");
        assertThat(find(table, "2022-04-01", "social-payments").getJsonObject("amount").getString("amount"))
                .isEqualTo("3180.00");
        assertThat(find(table, "2026-01-01", "general").getJsonObject("amount").getString("amount")).isEqualTo("4325.00");
    }

    @Test
    void aCategoryGrantsItsMultipleOfTheMciOfTheDayWithTheFiguresUsed() {
        Http clerk = as("clerk");

        JsonObject july2020 = clerk.get("api/law/amounts?category=trafficking-in-persons&date=2020-07-01").json();
        JsonObject death = clerk.get("api/law/amounts?category=death&date=2026-05-05").json();
        Http.Reply beforeTheFund = clerk.get("api/law/amounts?category=trafficking-in-persons&date=2020-06-30");
        Http.Reply noDate = clerk.get("api/law/amounts?category=torture");
        Http.Reply unknown = clerk.get("api/law/amounts?category=theft&date=2024-01-01");

        assertThat(july2020.getJsonObject("amount").getString("amount")).isEqualTo("83340.00"); // 30 x 2,778
        assertThat(july2020.getJsonObject("mci").getString("amount")).isEqualTo("2778.00");
        assertThat(july2020.getString("mciValidFrom")).isEqualTo("2020-04-01");
        assertThat(july2020.getString("mciDayPolicy")).isEqualTo("decision-date");
        assertThat(death.getInt("mciMultiple")).isEqualTo(50);
        assertThat(death.getJsonObject("amount").getString("amount")).isEqualTo("216250.00"); // 50 x 4,325
        assertThat(beforeTheFund.status()).isEqualTo(422); // the fund pays since 1 July 2020
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        Set<String> inForce = clerk.get("api/law/categories?on=2026-01-01").array().stream()
                .map(row -> row.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertThat(inForce).contains("trafficking-in-persons", "trafficking-in-minors", "torture",
                "sexual-violence-against-minors", "serious-harm-or-hiv", "death");
        // each by its name in the three languages the pages read
        Set<String> theLaws = Set.of("trafficking-in-persons", "trafficking-in-minors", "torture",
                "sexual-violence-against-minors", "serious-harm-or-hiv", "death");
        assertThat(clerk.get("api/law/categories?on=2026-01-01").array().stream().map(JsonObject.class::cast)
                .filter(category -> theLaws.contains(category.getString("code"))))
                .allSatisfy(category -> assertThat(List.of(category.getString("name"), category.getString("nameRu"),
                        category.getString("nameKk"))).as(category.getString("code")).doesNotHaveDuplicates()
                        .allSatisfy(name -> assertThat(name).isNotBlank()));
        JsonObject trafficking = clerk.get("api/law/categories?on=2026-01-01").array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("code").equals("trafficking-in-persons"))
                .findFirst().orElseThrow();
        assertThat(trafficking.getString("nameRu")).isEqualTo("Потерпевшие от торговли людьми");
        assertThat(trafficking.getString("nameKk")).isEqualTo("Адам саудасынан жәбірленушілер");
    }

    @Test
    void anAdministratorsDatedActChangesTheLawFromItsDateOnlyAndIsAudited() {
        Http admin = as("admin");
        Set<String> taken = admin.get("api/law/mci").array().stream()
                .map(row -> row.asJsonObject().getString("validFrom")).collect(Collectors.toSet());
        String from = java.util.stream.IntStream.rangeClosed(2090, 2099).mapToObj(year -> year + "-01-01")
                .filter(day -> !taken.contains(day)).findFirst().orElseThrow();
        String body = "{\"validFrom\": \"" + from + "\", \"amount\": \"9999.00\", \"source\": \"test act " + RUN + "\"}";

        Http.Reply recorded = admin.post("api/law/mci", "application/json", body);
        Http.Reply again = admin.post("api/law/mci", "application/json", body);
        Http.Reply byClerk = as("clerk").post("api/law/mci", "application/json", body);
        Http.Reply zero = admin.post("api/law/mci", "application/json",
                "{\"validFrom\": \"2089-01-01\", \"amount\": \"0\", \"source\": \"x\"}");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().getString("recordedBy")).isEqualTo("admin");
        assertThat(again.status()).isEqualTo(409);
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(zero.status()).isEqualTo(400);
        String year = from.substring(0, 4);
        assertThat(admin.get("api/law/amounts?category=torture&date=" + year + "-06-01").json()
                .getJsonObject("amount").getString("amount")).isEqualTo("299970.00"); // 30 x 9,999
        assertThat(admin.get("api/law/amounts?category=torture&date=2026-06-01").json()
                .getJsonObject("amount").getString("amount")).as("earlier days keep their value").isEqualTo("129750.00");

        String code = "it-" + RUN;
        assertThat(admin.post("api/law/categories", "application/json", """
                {"code": "%s", "name": "Test category", "nameRu": "Тестовая категория", "mciMultiple": 10,
                 "articles": [128], "validFrom": "2030-01-01"}""".formatted(code)).status()).isEqualTo(201);
        JsonObject named = admin.get("api/law/categories?on=2030-06-01").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
        assertThat(named.getString("nameRu")).isEqualTo("Тестовая категория");
        assertThat(named.containsKey("nameKk")).as("no Kazakh name given: the pages show the Russian").isFalse();
        assertThat(admin.post("api/law/categories", "application/json", """
                {"code": "%s", "name": "Test category, raised", "mciMultiple": 12, "articles": [128, 135],
                 "validFrom": "2031-01-01", "unverified": true}""".formatted(code)).status()).isEqualTo(201);
        assertThat(admin.get("api/law/amounts?category=" + code + "&date=2030-06-01").json()
                .getJsonObject("amount").getString("amount")).isEqualTo("43250.00"); // 10 x 4,325
        assertThat(admin.get("api/law/amounts?category=" + code + "&date=2031-06-01").json()
                .getJsonObject("amount").getString("amount")).isEqualTo("51900.00"); // 12 x 4,325

        JsonObject trail = as("auditor").get("api/audit?aggregateType=mci-value&actor=admin&limit=500").json();
        assertThat(trail.getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(entry -> entry.getString("after", "").contains("test act " + RUN))).isTrue();
    }
}
