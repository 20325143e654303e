package kz.registry.shared.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The registry's answer where the servlet container would answer with its own HTML error page:
 * an address that normalises to nothing (an encoded {@code ../}), a method the static pages do not
 * take, a failure outside JAX-RS. {@code WEB-INF/web.xml} routes the container's errors here; the
 * answer is problem details, like every other error of the registry.
 */
@WebServlet(name = "ContainerErrors", urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

    static final String PATH = "/registry-error";
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            LOG.log(Level.SEVERE, "Failure outside the API, correlation id " + CorrelationIds.of(request), thrown);
        }
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        ProblemKind kind = failure instanceof Throwable ? ProblemKind.INTERNAL : ProblemKind.forStatus(code);
        String detail = switch (kind) {
            case NOT_FOUND -> "There is nothing at this address.";
            case FORBIDDEN, METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case INTERNAL -> FailureClassifier.internalError().detail();
            default -> "The request cannot be understood.";
        };
        response.reset();
        ProblemResponses.write(request, response, kind == ProblemKind.FORBIDDEN ? ProblemKind.METHOD_NOT_ALLOWED : kind,
                detail);
    }
}
