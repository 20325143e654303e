package kz.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

/** Setting up records of a test's own: a year no earlier run opened, purposes named for the run, claims moved. */
public final class TestLedger {

    private TestLedger() {
    }

    public static int openUnusedYear(Http finance) {
        Set<Integer> used = finance.get("api/periods").array().stream()
                .map(period -> period.asJsonObject().getInt("year")).collect(Collectors.toSet());
        for (int year = 2099; year > 2040; year--) {
            if (!used.contains(year)) {
                Http.Reply opened = finance.post("api/periods", "application/json", "{\"year\": " + year + "}");
                if (opened.status() == 201) {
                    return year;
                }
            }
        }
        throw new IllegalStateException("no unused year left between 2041 and 2099: use a fresh database");
    }

    /** Two consecutive years no earlier run opened, both opened now: answers the later one. */
    public static int openUnusedYearAndTheOneBefore(Http finance) {
        Set<Integer> used = finance.get("api/periods").array().stream()
                .map(period -> period.asJsonObject().getInt("year")).collect(Collectors.toSet());
        for (int year = 2099; year > 2041; year--) {
            if (!used.contains(year) && !used.contains(year - 1)
                    && finance.post("api/periods", "application/json", "{\"year\": " + (year - 1) + "}").status() == 201
                    && finance.post("api/periods", "application/json", "{\"year\": " + year + "}").status() == 201) {
                return year;
            }
        }
        throw new IllegalStateException("no two unused years left between 2041 and 2099: use a fresh database");
    }

    /** A purpose with this code, named by its description. */
    public static String purpose(Http finance, String code, String description) {
        Http.Reply added = finance.post("api/purposes", "application/json",
                "{\"code\": \"" + code + "\", \"name\": \"" + description + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return code;
    }

    public static String purpose(Http finance, String code) {
        return purpose(finance, code, "Test purpose " + code);
    }

    public static String created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** Moves a claim as a court clerk does, with its ETag; the move must be taken. */
    public static void move(Http clerk, String claim, String to, String on, String reason) {
        String etag = clerk.get("api/claims/" + claim).header("ETag").orElseThrow();
        Http.Reply moved = clerk.post("api/claims/" + claim + "/moves", "application/json", "{\"to\": \"" + to
                + "\", \"on\": \"" + on + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}",
                "If-Match", etag);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }
}
