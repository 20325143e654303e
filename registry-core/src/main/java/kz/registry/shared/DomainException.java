package kz.registry.shared;

import jakarta.ejb.ApplicationException;

/**
 * A failure the caller caused and can understand. Each kind says what the caller did wrong;
 * the web layer maps the kind to an HTTP status. Thrown from a boundary it rolls the
 * transaction back, so a refused request writes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract sealed class DomainException extends RuntimeException
        permits UnknownRecordException, BusinessRuleException, ConflictException, InvalidInputException {

    protected DomainException(String message) {
        super(message);
    }
}
