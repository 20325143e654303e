package kz.registry;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The registry's REST API lives under /api; health checks stay at the server root (/health). */
@ApplicationPath("api")
public class RegistryApplication extends Application {
}
