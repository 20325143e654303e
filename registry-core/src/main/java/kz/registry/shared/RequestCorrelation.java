package kz.registry.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * The correlation id of the request being served: the web layer sets it, the audit trail
 * writes it beside every change, so an entry leads to the request's log lines.
 */
@RequestScoped
public class RequestCorrelation {

    private String id;

    public String id() {
        return id;
    }

    public void set(String id) {
        this.id = id;
    }
}
