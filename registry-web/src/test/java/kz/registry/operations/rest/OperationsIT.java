package kz.registry.operations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/** Health and build info, as an operator's probe or a support person reads them. */
class OperationsIT extends DeployedRegistry {

    @Test
    void readyWhenTheDatabaseAnswersAtTheMigratedSchema() {
        Http.Reply ready = http.get("health/ready");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject check = ready.jsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("database"))
                .isEqualTo(System.getProperty("it.db.product", "H2"));
        assertThat(check.getJsonObject("data").getString("schemaVersion")).isNotEqualTo("none");
        // ready only once start-up (migration, first users, demo data) is over, not merely deployed
        // (Payara writes the check's boolean data as a string)
        assertThat(check.getJsonObject("data").get("started").toString()).isIn("true", "\"true\"");
    }

    @Test
    void aliveOnceTheSchemaIsKnown() {
        Http.Reply live = http.get("health/live");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.json().getString("status")).isEqualTo("UP");
        assertThat(live.body()).contains("database-schema");
    }

    @Test
    void buildInfoNamesTheVersionAndCommit() {
        JsonObject info = http.get("api/info").json();

        assertThat(info.getString("version")).isEqualTo(System.getProperty("registry.version"));
        assertThat(info.getString("commit")).matches("[0-9a-f]{7,}|unknown").doesNotContain("${");
        assertThat(info.getString("name")).isEqualTo("Budget and Compensation Registry");
    }
}
