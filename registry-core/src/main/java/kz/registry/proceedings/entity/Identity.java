package kz.registry.proceedings.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.registry.shared.InvalidInputException;

/**
 * Who a person is and where a payment to them goes: the only personal data the registry keeps.
 * It is stored encrypted, never written to a log (its {@code toString} says nothing), never in an
 * audit entry, and only court clerks read it.
 */
public record Identity(String fullName, String idNumber, LocalDate birthDate, String bankAccount, String bankName) {

    /** The fields, as a read's audit entry names them (never their values). */
    public static final List<String> FIELDS = List.of("fullName", "idNumber", "birthDate", "bankAccount", "bankName");

    public Identity {
        fullName = trimmed(fullName);
        idNumber = trimmed(idNumber);
        bankAccount = trimmed(bankAccount);
        bankName = trimmed(bankName);
        Map<String, String> errors = new HashMap<>();
        if (fullName == null || fullName.length() > 300) {
            errors.put("identity.fullName", "required, at most 300 characters");
        }
        if (idNumber != null && idNumber.length() > 60) {
            errors.put("identity.idNumber", "at most 60 characters");
        }
        if (bankAccount != null && !bankAccount.replace(" ", "").matches("[A-Za-z0-9]{8,34}")) {
            errors.put("identity.bankAccount", "an account number or IBAN of 8 to 34 letters and digits");
        }
        if (bankName != null && bankName.length() > 200) {
            errors.put("identity.bankName", "at most 200 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "Identity[protected]";
    }
}
