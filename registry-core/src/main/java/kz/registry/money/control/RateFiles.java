package kz.registry.money.control;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.registry.money.RateFileFormat;
import kz.registry.money.entity.PublishedRate;
import kz.registry.shared.CsvRows;
import kz.registry.shared.DecimalText;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * Reads rate files: the National Bank's daily XML and a CSV of many days. A file is read whole
 * before anything is written; any bad line rejects it, and the error names every bad line (the
 * first {@value #MAX_ERRORS}) and why.
 */
public final class RateFiles {

    static final int MAX_ERRORS = 50;
    private static final DateTimeFormatter NBK_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    static final String CSV_HEADER = "date,currency,rate,quant";
    /** How many units a rate is published for (1, 10, 100, 1000 ...). */
    private static final DecimalText QUANT = new DecimalText(7, 0);

    private RateFiles() {
    }

    /** A rate file of either format, read whole. */
    public static List<PublishedRate> read(RateFileFormat format, InputStream file) {
        return switch (format) {
            case NBK_XML -> nbkXml(file);
            case CSV -> csv(new InputStreamReader(file, StandardCharsets.UTF_8));
        };
    }

    /**
     * The bank's daily file: {@code <rates><date>DD.MM.YYYY</date><item><title>USD</title>
     * <description>331.30</description><quant>1</quant>...</item>...</rates>}.
     */
    public static List<PublishedRate> nbkXml(InputStream xml) {
        Errors errors = new Errors();
        List<PublishedRate> rates = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // no DTDs, no external entities: a rate file is data, never instructions
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            LocalDate day = null;
            Map<String, String> item = null;
            int itemLine = 0;
            String element = null;
            StringBuilder text = new StringBuilder();
            Set<String> seen = new HashSet<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = reader.getLocalName();
                    text.setLength(0);
                    if (element.equals("item")) {
                        item = new LinkedHashMap<>();
                        itemLine = reader.getLocation().getLineNumber();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text.length() + reader.getTextLength() > InputLimits.MAX_XML_TEXT_CHARS) {
                        errors.add(reader.getLocation().getLineNumber(), "an element's text is longer than "
                                + InputLimits.MAX_XML_TEXT_CHARS + " characters");
                        return errors.orThrow(rates);
                    }
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    int line = reader.getLocation().getLineNumber();
                    if (name.equals("date") && item == null) {
                        day = nbkDate(text.toString().strip(), line, errors);
                    } else if (name.equals("item") && item != null) {
                        if (day == null) {
                            errors.add(itemLine, "a rate comes before the file's <date>");
                        } else {
                            rate(day, item.get("title"), item.get("description"), item.get("quant"), itemLine, errors, seen)
                                    .ifPresent(rates::add);
                        }
                        item = null;
                    } else if (item != null) {
                        item.put(name, text.toString().strip());
                    }
                    text.setLength(0);
                }
            }
            if (day == null) {
                errors.add(1, "the file has no <date>");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            errors.add(line, "not well-formed XML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        return errors.orThrow(rates);
    }

    /** A CSV of many days: the header {@value #CSV_HEADER}, then one rate a line, dates as YYYY-MM-DD. */
    public static List<PublishedRate> csv(Reader csv) {
        Errors errors = new Errors();
        List<PublishedRate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvRows rows = CsvRows.of(csv)) {
            CsvRows.Row header = rows.next();
            if (header == null || !String.join(",", header.fields()).replace(" ", "").equalsIgnoreCase(CSV_HEADER)) {
                errors.add(1, "the first line must be the header " + CSV_HEADER);
                return errors.orThrow(rates);
            }
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                List<String> cells = row.fields();
                if (row.tooLong()) {
                    errors.add(row.line(), InputLimits.lineTooLong());
                } else if (cells.size() != 4) {
                    errors.add(row.line(), "expected 4 values (" + CSV_HEADER + "), found " + cells.size());
                } else {
                    LocalDate day = isoDate(cells.get(0).strip(), row.line(), errors);
                    if (day != null) {
                        rate(day, cells.get(1), cells.get(2), cells.get(3), row.line(), errors, seen).ifPresent(rates::add);
                    }
                }
            }
        }
        return errors.orThrow(rates);
    }

    private static java.util.Optional<PublishedRate> rate(LocalDate day, String code, String rate, String quant,
                                                          int line, Errors errors, Set<String> seen) {
        int before = errors.count();
        Currency currency = null;
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            currency = Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            errors.add(line, "'" + code + "' is not an ISO 4217 currency code");
        }
        BigDecimal value = null;
        try {
            value = DecimalText.RATE.parse(rate);
            if (value.signum() <= 0) {
                errors.add(line, "the rate must be above zero");
            }
        } catch (DecimalText.NotAccepted e) {
            errors.add(line, "the rate " + e.getMessage());
        }
        int units = 0;
        try {
            units = QUANT.parse(quant == null || quant.isBlank() ? "1" : quant).intValueExact();
            if (units <= 0) {
                errors.add(line, "the quant must be a whole number above zero");
            }
        } catch (DecimalText.NotAccepted | ArithmeticException e) {
            errors.add(line, "the quant must be a whole number such as 1, 10 or 100, of at most 7 digits");
        }
        if (errors.count() > before) {
            return java.util.Optional.empty();
        }
        if (!seen.add(day + "/" + upper)) {
            errors.add(line, "a second rate for " + upper + " on " + day);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PublishedRate(day, currency, value, units));
    }

    private static LocalDate nbkDate(String text, int line, Errors errors) {
        try {
            return LocalDate.parse(text, NBK_DATE);
        } catch (DateTimeParseException e) {
            errors.add(line, "the date '" + text + "' is not DD.MM.YYYY");
            return null;
        }
    }

    private static LocalDate isoDate(String text, int line, Errors errors) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(line, "the date '" + text + "' is not YYYY-MM-DD");
            return null;
        }
    }

    /** The bad lines of a file, each with its reasons, in the order found. */
    private static final class Errors {

        private final Map<String, String> byLine = new LinkedHashMap<>();
        private int count;

        void add(int line, String reason) {
            count++;
            if (byLine.size() < MAX_ERRORS) {
                byLine.merge("line " + line, reason, (first, next) -> first + "; " + next);
            }
        }

        int count() {
            return count;
        }

        List<PublishedRate> orThrow(List<PublishedRate> rates) {
            if (!byLine.isEmpty()) {
                throw new InvalidInputException(byLine);
            }
            if (rates.isEmpty()) {
                throw new InvalidInputException("file", "the file holds no rates");
            }
            return rates;
        }
    }
}
