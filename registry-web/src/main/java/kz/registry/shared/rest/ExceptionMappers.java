package kz.registry.shared.rest;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.registry.shared.DomainException;

/**
 * The API's exception mappers. JAX-RS picks the mapper nearest to an exception's type, and the
 * runtime brings its own for some (validation, for one), so each family the API answers has
 * its own thin mapper here; all of them answer through {@link ProblemResponses}.
 */
final class ExceptionMappers {

    private ExceptionMappers() {
    }

    abstract static class ToProblem<T extends Throwable> implements ExceptionMapper<T> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(T failure) {
            return ProblemResponses.of(failure, request);
        }
    }

    @Provider
    public static class AnyFailure extends ToProblem<Throwable> {
    }

    @Provider
    public static class Domain extends ToProblem<DomainException> {
    }

    @Provider
    public static class Validation extends ToProblem<ConstraintViolationException> {
    }

    @Provider
    public static class Web extends ToProblem<WebApplicationException> {
    }

    @Provider
    public static class Ejb extends ToProblem<EJBException> {
    }
}
