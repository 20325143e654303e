package kz.registry.proceedings.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.registry.shared.InvalidInputException;

/** What a court clerk states about a criminal proceeding. */
public record ProceedingDetails(String registrationNumber, List<ArticlePart> articles, String prosecutingBody,
                                String court, Stage stage, LocalDate registeredOn, LocalDate sentToCourtOn,
                                LocalDate verdictOn) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/.-]{0,39}");

    public ProceedingDetails {
        Map<String, String> errors = new HashMap<>();
        registrationNumber = registrationNumber == null ? null : registrationNumber.strip();
        if (registrationNumber == null || !NUMBER.matcher(registrationNumber).matches()) {
            errors.put("registrationNumber", "1-40 letters, digits, '/', '.' or '-' (the register's number)");
        }
        if (articles == null || articles.isEmpty()) {
            errors.put("articles", "at least one Criminal Code article, as 128 or 128-3");
        }
        if (prosecutingBody == null || prosecutingBody.isBlank() || prosecutingBody.strip().length() > 200) {
            errors.put("prosecutingBody", "required, at most 200 characters");
        }
        if (court != null && court.strip().length() > 200) {
            errors.put("court", "at most 200 characters");
        }
        if (stage == null) {
            errors.put("stage", "required");
        }
        if (registeredOn == null) {
            errors.put("registeredOn", "required (YYYY-MM-DD)");
        }
        if (registeredOn != null && sentToCourtOn != null && sentToCourtOn.isBefore(registeredOn)) {
            errors.put("sentToCourtOn", "cannot be before the proceeding was registered");
        }
        if (sentToCourtOn != null && verdictOn != null && verdictOn.isBefore(sentToCourtOn)) {
            errors.put("verdictOn", "cannot be before the case went to court");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        articles = List.copyOf(articles);
        prosecutingBody = prosecutingBody.strip();
        court = court == null || court.isBlank() ? null : court.strip();
    }
}
