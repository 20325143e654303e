package kz.registry.security.rest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every endpoint the server publishes, tried with no credentials and with
 * each role, against the table below. An endpoint without a row fails the test, so a new one
 * cannot slip in undeclared.
 */
class AuthorizationMatrixIT extends DeployedRegistry {

    private static final Set<String> ANYONE = Set.of("anyone");
    private static final Set<String> EVERY_ROLE = Set.of("finance", "clerk", "auditor", "admin");
    private static final Set<String> FINANCE = Set.of("finance");
    private static final Set<String> AUDITOR = Set.of("auditor");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> FINANCE_AND_AUDITOR = Set.of("finance", "auditor");
    private static final Set<String> CLERK = Set.of("clerk");
    private static final Set<String> CLERK_AND_AUDITOR = Set.of("clerk", "auditor");
    /** The officers who reconcile an account with the bank (each their own kind of account). */
    private static final Set<String> OFFICERS = Set.of("finance", "clerk");
    private static final Set<String> OFFICERS_AND_AUDITOR = Set.of("finance", "clerk", "auditor");

    /** Endpoint to the demo users (one per role) who may call it; ANYONE needs no sign-in. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("GET /api/info", ANYONE),
            entry("GET /api/open-data", ANYONE),
            entry("GET /api/bank-accounts", OFFICERS_AND_AUDITOR),
            entry("POST /api/bank-accounts", OFFICERS),
            entry("POST /api/bank-statements", OFFICERS),
            entry("GET /api/reconciliations/{account}/{month}", OFFICERS_AND_AUDITOR),
            entry("POST /api/reconciliations/{account}/{month}/matching", OFFICERS),
            entry("POST /api/reconciliations/{account}/{month}/matches", OFFICERS),
            entry("POST /api/reconciliations/{account}/{month}/resolutions", OFFICERS),
            entry("POST /api/reconciliations/{account}/{month}/sign-off", OFFICERS),
            entry("GET /api/open-data/{folder}/{file}", ANYONE),
            entry("GET /api/open-data/open-data.zip", ANYONE),
            entry("POST /api/tokens", EVERY_ROLE),
            entry("DELETE /api/tokens/current", EVERY_ROLE),
            entry("GET /api/shelters", EVERY_ROLE),
            entry("GET /api/shelters/{id}", EVERY_ROLE),
            entry("POST /api/shelters", FINANCE),
            entry("PUT /api/shelters/{id}", FINANCE),
            entry("GET /api/audit", AUDITOR),
            entry("GET /api/audit/verification", AUDITOR),
            entry("GET /api/audit/records/{type}/{id}", AUDITOR),
            entry("GET /api/audit/log/status", AUDITOR),
            entry("GET /api/audit/log/checkpoints/latest", AUDITOR),
            entry("GET /api/audit/log/checkpoints/{size}", AUDITOR),
            entry("GET /api/audit/log/keys", AUDITOR),
            entry("GET /api/audit/log/keys/{id}", AUDITOR),
            entry("GET /api/audit/log/inclusion", AUDITOR),
            entry("GET /api/audit/log/consistency", AUDITOR),
            entry("GET /api/reports/spending", FINANCE_AND_AUDITOR),
            entry("GET /api/reports/spending/entries", FINANCE_AND_AUDITOR),
            entry("GET /api/reports/years/{year}/summary", FINANCE_AND_AUDITOR),
            entry("GET /api/reports/compensation", CLERK_AND_AUDITOR),
            entry("GET /api/reports/compensation/waiting", CLERK_AND_AUDITOR),
            entry("GET /api/reports/compensation/recourse", CLERK_AND_AUDITOR),
            entry("GET /api/reports/fund", CLERK_AND_AUDITOR),
            entry("GET /api/users", ADMIN),
            entry("GET /api/users/{id}", ADMIN),
            entry("POST /api/users", ADMIN),
            entry("PUT /api/users/{id}", ADMIN),
            entry("PUT /api/users/{id}/password", ADMIN),
            entry("POST /api/users/{id}/unlock", ADMIN),
            entry("GET /api/rates", EVERY_ROLE),
            entry("GET /api/rates/{currency}/{date}", EVERY_ROLE),
            entry("PUT /api/rates/{currency}/{date}", FINANCE),
            entry("POST /api/rates/imports", FINANCE),
            entry("GET /api/rates/imports/{id}", FINANCE),
            entry("POST /api/rates/imports/directory", FINANCE),
            entry("GET /api/rates/fixed", EVERY_ROLE),
            entry("POST /api/rates/fixed", FINANCE),
            entry("GET /api/rates/fixed/{name}/{currency}/revisions", EVERY_ROLE),
            entry("POST /api/rates/fixed/{name}/{currency}/revisions", FINANCE),
            entry("GET /api/reporting-bases", EVERY_ROLE),
            entry("POST /api/reporting-bases", FINANCE),
            entry("POST /api/reporting-bases/derivations", EVERY_ROLE),
            entry("GET /api/reporting-bases/{name}", EVERY_ROLE),
            entry("GET /api/reporting-bases/{name}/revisions", EVERY_ROLE),
            entry("POST /api/reporting-bases/{name}/revisions", FINANCE),
            entry("GET /api/reporting-bases/{name}/revisions/{revision}", EVERY_ROLE),
            entry("GET /api/conversions", EVERY_ROLE),
            entry("GET /api/law/mci", EVERY_ROLE),
            entry("POST /api/law/mci", ADMIN),
            entry("GET /api/law/categories", EVERY_ROLE),
            entry("POST /api/law/categories", ADMIN),
            entry("GET /api/law/amounts", EVERY_ROLE),
            entry("GET /api/proceedings", CLERK_AND_AUDITOR),
            entry("POST /api/proceedings", CLERK),
            entry("GET /api/proceedings/{id}", CLERK_AND_AUDITOR),
            entry("PUT /api/proceedings/{id}", CLERK),
            entry("GET /api/proceedings/{id}/convicted", CLERK_AND_AUDITOR),
            entry("POST /api/proceedings/{id}/convicted", CLERK),
            entry("GET /api/proceedings/{id}/convicted/{person}/identity", CLERK),
            entry("GET /api/victims", CLERK_AND_AUDITOR),
            entry("POST /api/victims", CLERK),
            entry("GET /api/victims/{id}", CLERK_AND_AUDITOR),
            entry("GET /api/victims/{id}/identity", CLERK),
            entry("PUT /api/victims/{id}/identity", CLERK),
            entry("POST /api/victims/{id}/recognitions", CLERK),
            entry("GET /api/claims", CLERK_AND_AUDITOR),
            entry("POST /api/claims", CLERK),
            entry("GET /api/claims/{id}", CLERK_AND_AUDITOR),
            entry("GET /api/claims/{id}/moves", CLERK_AND_AUDITOR),
            entry("POST /api/claims/{id}/moves", CLERK),
            entry("GET /api/registers", CLERK_AND_AUDITOR),
            entry("POST /api/registers", CLERK),
            entry("GET /api/registers/{id}", CLERK_AND_AUDITOR),
            entry("POST /api/registers/{id}/payment", CLERK),
            entry("GET /api/recoveries", CLERK_AND_AUDITOR),
            entry("POST /api/recoveries", CLERK),
            entry("GET /api/recoveries/{id}", CLERK_AND_AUDITOR),
            entry("POST /api/recoveries/{id}/payments", CLERK),
            entry("GET /api/fund", CLERK_AND_AUDITOR),
            entry("GET /api/fund/forecast", CLERK_AND_AUDITOR),
            entry("GET /api/fund/entries", CLERK_AND_AUDITOR),
            entry("POST /api/fund/inflows", CLERK),
            entry("GET /api/periods", FINANCE_AND_AUDITOR),
            entry("GET /api/periods/{year}", FINANCE_AND_AUDITOR),
            entry("POST /api/periods", FINANCE),
            entry("PUT /api/periods/{year}", FINANCE),
            entry("GET /api/purposes", FINANCE_AND_AUDITOR),
            entry("POST /api/purposes", FINANCE),
            entry("GET /api/appropriations", FINANCE_AND_AUDITOR),
            entry("POST /api/appropriations", FINANCE),
            entry("GET /api/appropriations/totals", FINANCE_AND_AUDITOR),
            entry("GET /api/appropriations/{id}", FINANCE_AND_AUDITOR),
            entry("POST /api/appropriations/{id}/reversal", FINANCE),
            entry("GET /api/allocations", FINANCE_AND_AUDITOR),
            entry("POST /api/allocations", FINANCE),
            entry("GET /api/allocations/{id}", FINANCE_AND_AUDITOR),
            entry("POST /api/allocations/{id}/reversal", FINANCE),
            entry("POST /api/allocations/imports", FINANCE),
            entry("GET /api/allocations/imports/{job}", FINANCE),
            entry("GET /api/allocations/batches/{batch}", FINANCE_AND_AUDITOR),
            entry("GET /api/commitments", FINANCE_AND_AUDITOR),
            entry("POST /api/commitments", FINANCE),
            entry("GET /api/commitments/{id}", FINANCE_AND_AUDITOR),
            entry("POST /api/commitments/{id}/reversal", FINANCE),
            entry("POST /api/commitments/imports", FINANCE),
            entry("GET /api/commitments/imports/{job}", FINANCE),
            entry("GET /api/commitments/batches/{batch}", FINANCE_AND_AUDITOR),
            entry("GET /api/payments", FINANCE_AND_AUDITOR),
            entry("POST /api/payments", FINANCE),
            entry("GET /api/payments/{id}", FINANCE_AND_AUDITOR),
            entry("POST /api/payments/{id}/reversal", FINANCE),
            entry("POST /api/payments/imports", FINANCE),
            entry("GET /api/payments/imports/{job}", FINANCE),
            entry("GET /api/payments/batches/{batch}", FINANCE_AND_AUDITOR));

    @Test
    void everyPublishedEndpointHasARowAndEveryRowAnEndpoint() {
        assertThat(publishedEndpoints()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    /** The OpenAPI document says who may call each operation (x-roles), and says what the table says. */
    @Test
    void theDocumentNamesTheRolesTheTableHolds() {
        Map<String, String> roleOfUser = Map.of("finance", "finance-officer", "clerk", "court-clerk",
                "auditor", "auditor", "admin", "administrator");
        JsonObject paths = http.get("openapi", "Accept", "application/json").json().getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        for (var row : ALLOWED.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            JsonObject operation = paths.getJsonObject(row.getKey().substring(method.length() + 1))
                    .getJsonObject(method.toLowerCase(Locale.ROOT));
            Set<String> documented = operation.containsKey("x-roles") ? new TreeSet<>(operation.getJsonArray("x-roles")
                    .getValuesAs(jakarta.json.JsonString::getString)) : Set.of();
            Set<String> expected = row.getValue() == ANYONE ? Set.of("anyone")
                    : new TreeSet<>(row.getValue().stream().map(roleOfUser::get).toList());
            if (!documented.equals(expected)) {
                wrong.add(row.getKey() + " documents " + documented + ", the table says " + expected);
            }
            if (!operation.getString("description", "").contains("Who may call:")) {
                wrong.add(row.getKey() + " has no 'Who may call' line in its description");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachCallerGetsExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (var row : ALLOWED.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = row.getKey().substring(method.length() + 2).replace("{id}", UUID.randomUUID().toString())
                    .replace("{currency}", "USD").replace("{date}", "1999-01-04")
                    .replace("{year}", "2098").replace("{job}", UUID.randomUUID().toString())
                    .replace("{batch}", UUID.randomUUID().toString()).replace("{person}", UUID.randomUUID().toString())
                    .replace("{type}", "shelter").replace("{size}", "1").replace("{name}", "Nothing")
                    .replace("{revision}", "1").replace("{folder}", "compensation")
                    .replace("{file}", "compensation-by-year.csv")
                    .replace("{account}", "nothing").replace("{month}", "2098-01");
            Set<String> allowed = row.getValue();

            int anonymous = call(http, method, path);
            if (allowed == ANYONE ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                wrong.add(row.getKey() + " without credentials answered " + anonymous);
            }
            for (String user : EVERY_ROLE) {
                int status = call(as(user), method, path);
                boolean mayCall = allowed == ANYONE || allowed.contains(user);
                if (mayCall ? status == 401 || status == 403 : status != 403) {
                    wrong.add(row.getKey() + " as " + user + " answered " + status);
                }
            }
        }
        assertThat(wrong).as("calls that did not answer as the table says").isEmpty();
    }

    /**
     * A call that may do nothing: an empty body is invalid (also as a budget CSV: it has no header), a
     * random id unknown, 1999 has no rates, a Basic caller has no token to sign out of.
     */
    private static int call(Http client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path).status();
            // a body of the media type the endpoint takes, so that what answers is authorization, not matching
            case "POST" -> path.endsWith("/imports") || path.equals("api/bank-statements")
                    ? client.post(path, "text/csv", "date,currency,rate,quant\n").status()
                    : client.post(path, "application/json", "{}").status();
            case "PUT" -> client.put(path, "application/json", "{}", "If-Match", "\"0\"").status();
            // signing out with Basic signs nothing out (400): the roles still decide first
            case "DELETE" -> client.delete(path).status();
            default -> throw new IllegalArgumentException("No call for " + method);
        };
    }

    /** The server's own OpenAPI document, as "METHOD /path" lines. */
    private Set<String> publishedEndpoints() {
        Http.Reply document = http.get("openapi", "Accept", "application/json");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        Set<String> endpoints = new TreeSet<>();
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return endpoints;
    }
}
