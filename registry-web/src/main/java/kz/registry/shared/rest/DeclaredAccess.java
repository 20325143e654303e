package kz.registry.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The web layer's half of authorization: every resource method says who may call it
 * ({@code @RolesAllowed}, or {@code @PermitAll} for the few open ones), and a request is
 * refused before its body is read. A method that declares nothing is refused to everyone.
 * The EJB boundaries check the same roles again.
 */
@Provider
public class DeclaredAccess implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        List<String> roles = allowedRoles(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new RoleCheck(roles));
        }
    }

    /**
     * Who may call a resource method: null for anyone ({@code @PermitAll}), else the roles its
     * {@code @RolesAllowed} names, on the method or else its class (none: nobody).
     */
    static List<String> allowedRoles(Method method, Class<?> type) {
        if (method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                && type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed declared = method.isAnnotationPresent(DenyAll.class) ? null
                : method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        return declared == null ? List.of() : Arrays.asList(declared.value());
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = List.copyOf(roles);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                // the exception mapper answers it, with the challenge that fits the caller
                throw new NotAuthorizedException(ProblemResponses.challenge(null));
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
