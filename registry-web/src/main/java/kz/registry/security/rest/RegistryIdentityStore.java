package kz.registry.security.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.registry.security.boundary.Logins;

/** The registry's users as Jakarta Security sees them: name, password, and roles as groups. */
@ApplicationScoped
public class RegistryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(RegistryIdentityStore.class.getName());

    @Inject
    Logins logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            Logins.LoginResult result = logins.check(credential.getCaller(), credential.getPassword().getValue());
            return result.outcome() == Logins.Outcome.VALID
                    ? new CredentialValidationResult(result.username(), new HashSet<>(result.roles()))
                    : CredentialValidationResult.INVALID_RESULT;
        } catch (RuntimeException e) {
            // two failed logins of one user at once can collide on its counter: refuse this one
            LOG.log(Level.WARNING, "A login check failed: " + e.getClass().getName(), e);
            return CredentialValidationResult.INVALID_RESULT;
        } finally {
            credential.getPassword().clear();
        }
    }
}
