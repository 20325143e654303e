package kz.registry.reconciliation.control;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import kz.registry.reconciliation.camt053.AccountStatement9;
import kz.registry.reconciliation.camt053.CashBalance8;
import kz.registry.reconciliation.camt053.CreditDebitCode;
import kz.registry.reconciliation.camt053.DateAndDateTime2Choice;
import kz.registry.reconciliation.camt053.Document;
import kz.registry.reconciliation.camt053.EntryDetails9;
import kz.registry.reconciliation.camt053.EntryTransaction10;
import kz.registry.reconciliation.camt053.ReportEntry10;
import kz.registry.reconciliation.entity.ParsedStatement;
import kz.registry.reconciliation.entity.ParsedStatement.Line;
import kz.registry.shared.CsvRows;
import kz.registry.shared.DecimalText;
import kz.registry.shared.InvalidInputException;

/**
 * Bank statements as banks send them: ISO 20022 {@code camt.053.001.08} XML, read through Java
 * bindings generated from the official schema and validated against it, and a plain CSV form.
 * A statement is data: an XML file with a DTD (and so any entity) is refused before anything in
 * it is read. Only booked entries count.
 */
public final class StatementFiles {

    public static final String CAMT_053 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    /** The plain form's header: one line a row, kind opening, closing or entry; amounts signed, a debit below zero. */
    public static final String CSV_HEADER = "kind,booking_date,value_date,amount,reference,bank_reference,description";
    private static final int MAX_ERRORS = 20;
    private static final JAXBContext BINDINGS = bindings();
    private static final Schema SCHEMA = schema();

    private StatementFiles() {
    }

    /** Every statement of a camt.053 message (a bank may put several accounts or days in one). */
    public static List<ParsedStatement> camt053(byte[] xml) {
        String namespace = rootNamespace(xml);
        if (!CAMT_053.equals(namespace)) {
            throw new InvalidInputException("file", "is not an ISO 20022 camt.053.001.08 statement: its root element is in "
                    + (namespace == null || namespace.isEmpty() ? "no namespace" : "the namespace " + namespace)
                    + "; the registry reads " + CAMT_053 + " (or the CSV form)");
        }
        Document document;
        try {
            Unmarshaller unmarshaller = BINDINGS.createUnmarshaller();
            unmarshaller.setSchema(SCHEMA);
            document = unmarshaller.unmarshal(reader(xml), Document.class).getValue();
        } catch (UnmarshalException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            String line = cause instanceof org.xml.sax.SAXParseException parse ? "line " + parse.getLineNumber() + ": " : "";
            throw new InvalidInputException("file", "does not follow the camt.053.001.08 schema: " + line
                    + message.replaceAll("\\s+", " "));
        } catch (JAXBException | XMLStreamException e) {
            throw new InvalidInputException("file", "is not well-formed XML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        List<ParsedStatement> statements = new ArrayList<>();
        for (AccountStatement9 statement : document.getBkToCstmrStmt().getStmt()) {
            statements.add(statement(document.getBkToCstmrStmt().getGrpHdr().getMsgId(), statement));
        }
        return statements;
    }

    /**
     * The plain form ({@value #CSV_HEADER}): one opening and one closing row, the entries between.
     *
     * @param reference the statement's identification (the bank's, or one the officer gives)
     */
    public static ParsedStatement csv(byte[] csv, String reference, String account, String currency) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal opening = null;
        BigDecimal closing = null;
        LocalDate from = null;
        LocalDate to = null;
        List<Line> lines = new ArrayList<>();
        try (CsvRows rows = CsvRows.of(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            CsvRows.Row header = rows.next();
            if (header == null || !String.join(",", header.fields()).strip().toLowerCase(Locale.ROOT).equals(CSV_HEADER)) {
                throw new InvalidInputException("file", "must begin with the header " + CSV_HEADER);
            }
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                List<String> fields = row.fields();
                if (fields.size() != 7 || row.tooLong()) {
                    errors.put("line " + row.line(), "has " + fields.size() + " fields; the header names 7");
                    continue;
                }
                try {
                    LocalDate booked = LocalDate.parse(fields.get(1).strip());
                    BigDecimal amount = DecimalText.amount(2).parse("amount", "amount", fields.get(3));
                    switch (fields.get(0).strip().toLowerCase(Locale.ROOT)) {
                        case "opening" -> {
                            opening = amount;
                            from = booked;
                        }
                        case "closing" -> {
                            closing = amount;
                            to = booked;
                        }
                        case "entry" -> {
                            if (amount.signum() == 0) {
                                throw new InvalidInputException("amount", "an entry moves money: not 0");
                            }
                            lines.add(new Line(lines.size() + 1, booked, fields.get(2).isBlank() ? null
                                    : LocalDate.parse(fields.get(2).strip()), amount, text(fields.get(4)),
                                    text(fields.get(5)), text(fields.get(6))));
                        }
                        default -> throw new InvalidInputException("kind", "must be opening, closing or entry");
                    }
                } catch (DateTimeParseException e) {
                    errors.put("line " + row.line(), "a date is not YYYY-MM-DD: " + e.getParsedString());
                } catch (InvalidInputException e) {
                    errors.put("line " + row.line(), e.fieldErrors().values().stream().collect(Collectors.joining("; ")));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (opening == null || closing == null) {
            throw new InvalidInputException("file", "needs an opening and a closing row: the balances the bank gives");
        }
        return new ParsedStatement(reference, null, account, currency, from, to, opening, closing, lines);
    }

    // --- camt.053

    private static ParsedStatement statement(String messageId, AccountStatement9 statement) {
        String where = "statement " + statement.getId() + ": ";
        var id = statement.getAcct().getId();
        String account = id.getIBAN() != null ? id.getIBAN() : id.getOthr() == null ? null : id.getOthr().getId();
        String currency = statement.getAcct().getCcy();
        BigDecimal opening = balance(statement, "OPBD").or(() -> balance(statement, "PRCD")).orElseThrow(() ->
                new InvalidInputException("file", where + "has no opening booked balance (Bal/Tp/CdOrPrtry/Cd OPBD)"));
        BigDecimal closing = balance(statement, "CLBD").orElseThrow(() ->
                new InvalidInputException("file", where + "has no closing booked balance (Bal/Tp/CdOrPrtry/Cd CLBD)"));
        List<Line> lines = new ArrayList<>();
        for (ReportEntry10 entry : statement.getNtry()) {
            if (!booked(entry)) {
                continue;
            }
            if (currency != null && !currency.equals(entry.getAmt().getCcy())) {
                throw new InvalidInputException("file", where + "entry " + (lines.size() + 1) + " is in "
                        + entry.getAmt().getCcy() + ", the account in " + currency);
            }
            currency = currency == null ? entry.getAmt().getCcy() : currency;
            LocalDate bookedOn = day(entry.getBookgDt()).orElseThrow(() -> new InvalidInputException("file", where
                    + "a booked entry has no booking date"));
            lines.add(new Line(lines.size() + 1, bookedOn, day(entry.getValDt()).orElse(null),
                    signed(entry.getAmt().getValue(), entry.getCdtDbtInd()), reference(entry), text(entry.getAcctSvcrRef()),
                    description(entry)));
        }
        LocalDate from = statement.getFrToDt() != null ? date(statement.getFrToDt().getFrDtTm())
                : lines.stream().map(Line::booked).min(LocalDate::compareTo).orElse(null);
        LocalDate to = statement.getFrToDt() != null ? date(statement.getFrToDt().getToDtTm())
                : lines.stream().map(Line::booked).max(LocalDate::compareTo).orElse(null);
        if (from == null || to == null) {
            throw new InvalidInputException("file", where + "says neither its period (FrToDt) nor any booked entry");
        }
        return new ParsedStatement(statement.getId(), messageId, account, currency, from, to, opening, closing, lines);
    }

    private static Optional<BigDecimal> balance(AccountStatement9 statement, String code) {
        return statement.getBal().stream()
                .filter(balance -> balance.getTp() != null && balance.getTp().getCdOrPrtry() != null
                        && code.equals(balance.getTp().getCdOrPrtry().getCd()))
                .findFirst().map(StatementFiles::signed);
    }

    private static BigDecimal signed(CashBalance8 balance) {
        return signed(balance.getAmt().getValue(), balance.getCdtDbtInd());
    }

    private static BigDecimal signed(BigDecimal amount, CreditDebitCode direction) {
        return direction == CreditDebitCode.DBIT ? amount.negate() : amount;
    }

    private static boolean booked(ReportEntry10 entry) {
        return entry.getSts() == null || "BOOK".equals(entry.getSts().getCd()) || "BOOK".equals(entry.getSts().getPrtry());
    }

    /** What the payer or payee gave: the end-to-end id, else the entry's reference, else the remittance text. */
    private static String reference(ReportEntry10 entry) {
        for (EntryDetails9 details : entry.getNtryDtls()) {
            for (EntryTransaction10 transaction : details.getTxDtls()) {
                if (transaction.getRefs() != null && transaction.getRefs().getEndToEndId() != null
                        && !transaction.getRefs().getEndToEndId().equals("NOTPROVIDED")) {
                    return text(transaction.getRefs().getEndToEndId());
                }
            }
        }
        if (entry.getNtryRef() != null) {
            return text(entry.getNtryRef());
        }
        return remittance(entry).stream().findFirst().orElse(null);
    }

    private static String description(ReportEntry10 entry) {
        String text = entry.getAddtlNtryInf() != null ? entry.getAddtlNtryInf() : String.join(" ", remittance(entry));
        return text(text.length() > 500 ? text.substring(0, 500) : text);
    }

    private static List<String> remittance(ReportEntry10 entry) {
        return entry.getNtryDtls().stream().flatMap(details -> details.getTxDtls().stream())
                .filter(transaction -> transaction.getRmtInf() != null)
                .flatMap(transaction -> transaction.getRmtInf().getUstrd().stream()).toList();
    }

    private static Optional<LocalDate> day(DateAndDateTime2Choice choice) {
        if (choice == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(choice.getDt() != null ? date(choice.getDt()) : date(choice.getDtTm()));
    }

    private static LocalDate date(XMLGregorianCalendar calendar) {
        return calendar == null ? null : LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- reading XML safely

    /** No DTDs, no external entities: a statement is data, never instructions. */
    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The root element's namespace; a DTD before it is refused. */
    private static String rootNamespace(byte[] xml) {
        try {
            XMLStreamReader reader = reader(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException("file", "carries a document type declaration (<!DOCTYPE ...>): "
                            + "a bank statement is data, and DTDs and entities are refused");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader.getNamespaceURI();
                }
            }
            throw new InvalidInputException("file", "holds no XML element");
        } catch (XMLStreamException e) {
            throw new InvalidInputException("file", "is not well-formed XML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    private static JAXBContext bindings() {
        try {
            return JAXBContext.newInstance(Document.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The camt.053 bindings could not be loaded", e);
        }
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(StatementFiles.class.getResource("/xsd/camt.053.001.08.xsd"));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("The camt.053 schema could not be read", e);
        }
    }
}
