package kz.registry.shared;

/** The caller named a record that does not exist (HTTP 404). */
public final class UnknownRecordException extends DomainException {

    private final String recordType;
    private final String recordId;

    public UnknownRecordException(String recordType, Object recordId) {
        super("No " + recordType + " with id " + recordId + ".");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    /** The same, in words of its own where "no such record" would mislead. */
    public UnknownRecordException(String recordType, Object recordId, String message) {
        super(message);
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
