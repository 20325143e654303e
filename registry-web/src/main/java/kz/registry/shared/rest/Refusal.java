package kz.registry.shared.rest;

import jakarta.ws.rs.ForbiddenException;

/**
 * A resource's own 403, with its reason in the registry's words: the answer's detail says it.
 * Any other 403 or 401 (the runtime's role checks) gets the registry's standard detail.
 */
public class Refusal extends ForbiddenException {

    public Refusal(String reason) {
        super(reason);
    }
}
