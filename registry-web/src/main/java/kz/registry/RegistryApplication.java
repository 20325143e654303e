package kz.registry;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import kz.registry.shared.Roles;

/**
 * The registry's REST API lives under /api; health checks stay at the server root (/health).
 * Callers sign in with HTTP Basic or a bearer token (security.rest.RegistryAuthentication).
 */
@ApplicationPath("api")
@DeclareRoles({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class RegistryApplication extends Application {
}
