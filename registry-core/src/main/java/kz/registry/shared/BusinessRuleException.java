package kz.registry.shared;

/** The input is well formed, but a rule of the domain forbids what was asked (HTTP 422). */
public final class BusinessRuleException extends DomainException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
