package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLException;
import java.util.Map;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.UnknownRecordException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    private static Classification classify(Throwable failure) {
        return FailureClassifier.classify(failure, true);
    }

    @Test
    void aDeniedCallIs401ForNobodyAnd403ForASignedInCaller() {
        var denied = new jakarta.ejb.EJBAccessException("denied");

        assertThat(FailureClassifier.classify(denied, false).status()).isEqualTo(401);
        assertThat(FailureClassifier.classify(new EJBException(denied), true).status()).isEqualTo(403);
    }

    @Test
    void domainFailuresKeepTheirMeaning() {
        assertThat(classify(new UnknownRecordException("shelter", "42")).status()).isEqualTo(404);
        assertThat(classify(new ConflictException("taken")).status()).isEqualTo(409);
        assertThat(classify(new BusinessRuleException("over budget")).status()).isEqualTo(422);
    }

    @Test
    void invalidInputListsEachFieldInTheOrderFound() {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        found.put("line 2", "amount: not a number");
        found.put("line 10", "valueDate: outside fiscal year 2017");
        found.put("line 11", "shelter: unknown");
        Classification c = classify(new InvalidInputException(found));

        assertThat(c.status()).isEqualTo(400);
        assertThat(c.errors()).extracting(Problem.FieldError::field).containsExactly("line 2", "line 10", "line 11");
    }

    @Test
    void anOptimisticLockFailureInsideTheContainersWrappingIsAConflict() {
        var wrapped = new EJBTransactionRolledbackException("rolled back",
                new EJBException(new PersistenceException(new OptimisticLockException("stale"))));

        assertThat(classify(wrapped).kind()).isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void theEjbCausedByExceptionIsFollowedToo() {
        var ejb = new EJBException(new UnknownRecordException("shelter", "7"));

        assertThat(classify(ejb).status()).isEqualTo(404);
    }

    @Test
    void aUniqueKeyViolationFromTheDatabaseIsAConflict() {
        var fromDatabase = new PersistenceException(new SQLException("duplicate key", "23505"));

        assertThat(classify(fromDatabase).status()).isEqualTo(409);
    }

    @Test
    void malformedJsonIsABadRequest() {
        var json = new JsonbException("Unexpected char");
        json.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.glassfish.jersey.jsonb.internal.JsonBindingProvider", "readFrom", null, 1)});
        var reading = new ProcessingException("Error deserializing", json);

        Classification c = classify(reading);
        assertThat(c.kind()).isEqualTo(ProblemKind.MALFORMED_BODY);
        assertThat(c.status()).isEqualTo(400);
    }

    @Test
    void jsonThatFailsWhileTheResponseIsWrittenIsTheRegistrysFault() {
        var writing = new JsonbException("cannot serialize");
        writing.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.glassfish.jersey.jsonb.internal.JsonBindingProvider", "writeTo", null, 1)});

        assertThat(classify(writing).status()).isEqualTo(500);
    }

    /** Found when an audit snapshot could not be serialised: the client was told its body was malformed. */
    @Test
    void jsonThatFailsInsideTheRegistrysOwnWorkIsItsFaultNotTheBodys() {
        var snapshot = new JsonbException("Error accessing getter 'reason'");
        snapshot.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("kz.registry.audit.Snapshots", "of", null, 1),
                new StackTraceElement("kz.registry.money.boundary.ReportingBases", "defined", null, 1)});

        assertThat(classify(new jakarta.ejb.EJBTransactionRolledbackException("rolled back", snapshot)).status())
                .isEqualTo(500);
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        var empty = new jakarta.ws.rs.BadRequestException(new jakarta.ws.rs.core.NoContentException("no content"));

        Classification c = classify(empty);
        assertThat(c.kind()).isEqualTo(ProblemKind.MALFORMED_BODY);
        assertThat(c.detail()).contains("no body");
    }

    @Test
    void theRuntimesOwnHttpErrorsKeepTheirStatus() {
        Classification c = classify(new NotSupportedException());

        assertThat(c.status()).isEqualTo(415);
        assertThat(c.kind().type()).isEqualTo("urn:kz-registry:problem:unsupported-media-type");
    }

    @Test
    void anythingElseIsAnInternalErrorThatRevealsNothing() {
        Classification c = classify(new IllegalStateException("password=secret in a message"));

        assertThat(c.status()).isEqualTo(500);
        assertThat(c.detail()).doesNotContain("secret");
    }

    @Test
    void aCycleInTheCauseChainEndsTheSearch() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(FailureClassifier.causes(first)).hasSize(2);
    }
}
