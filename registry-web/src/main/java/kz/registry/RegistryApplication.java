package kz.registry;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import kz.registry.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The registry's REST API lives under /api; health checks stay at the server root (/health).
 * Callers sign in with HTTP Basic or a bearer token (security.rest.RegistryAuthentication).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Budget and Compensation Registry", version = "1",
        description = "Money a government spends on trafficking victims: the budget ledger (appropriations, allocations, "
                + "commitments, payments), exchange rates and conversions with provenance, compensation claims under "
                + "Law No. 131-VI, the victims compensation fund, reports for auditors and the audit trail. Errors are "
                + "application/problem+json. Lists take offset and limit; reports take format=json|csv. Each operation "
                + "says who may call it (x-roles)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "The registry's own users"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT", description = "A token from POST /api/tokens")})
@DeclareRoles({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class RegistryApplication extends Application {
}
