package kz.registry.reporting.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.RateUsed;
import kz.registry.reporting.control.CompensationStatistics.Row;
import kz.registry.reporting.control.CompensationStatistics.Table;
import kz.registry.reporting.entity.OpenDataFile;
import kz.registry.reporting.entity.Publication;
import kz.registry.reporting.entity.Publication.StatisticsRow;
import kz.registry.reporting.entity.Publication.StatisticsTable;
import kz.registry.reporting.entity.SpendingReport;
import kz.registry.reporting.entity.StatisticsCell;

/**
 * The open data's files: spending as a Fiscal Data Package (a tabular data package with the
 * fiscal model: measures in KZT and in the stated currency, dimensions year, source, purpose,
 * shelter and city) and the compensation statistics as a tabular data package, each a
 * {@code datapackage.json} beside its CSV files (RFC 4180, UTF-8, a header first, an empty field
 * for a figure that is missing or hidden), and a zip holding both folders.
 */
public final class OpenDataPackages {

    public static final String SPENDING = "spending/";
    public static final String COMPENSATION = "compensation/";
    public static final String DESCRIPTOR = "datapackage.json";
    public static final String ZIP = "open-data.zip";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final List<String> FIGURES = SpendingReport.FIGURES;
    private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** What the publication says about itself, and how long it is served. */
    public record Settings(int minimumCell, Currency currency, String license, String publisher, Duration maxAge) {
    }

    private OpenDataPackages() {
    }

    public static Publication publish(Instant built, Settings settings, SpendingReport spending,
                                      Map<String, String> purposeNames, List<Table> statistics) {
        List<OpenDataFile> files = new ArrayList<>();
        files.add(spendingDescriptor(settings, spending));
        files.add(OpenDataFile.text(SPENDING + "spending.csv", CSV, "Appropriated, allocated, committed and paid per "
                + "fiscal year, source, purpose, shelter and city, in KZT and " + settings.currency().getCurrencyCode(),
                spendingCsv(settings.currency(), spending, purposeNames)));
        files.add(compensationDescriptor(settings, statistics));
        statistics.forEach(table -> files.add(OpenDataFile.text(COMPENSATION + fileName(table), CSV,
                title(table), statisticsCsv(table))));
        return new Publication(built, built.plus(settings.maxAge()), settings.minimumCell(), files, zip(files),
                statistics.stream().map(OpenDataPackages::published).toList());
    }

    // --- spending

    private static String spendingCsv(Currency currency, SpendingReport report, Map<String, String> purposeNames) {
        String code = currency.getCurrencyCode().toLowerCase(Locale.ROOT);
        List<String> header = new ArrayList<>(List.of("fiscal_year", "source", "purpose", "purpose_name", "shelter_id",
                "shelter", "city"));
        FIGURES.forEach(figure -> header.add(figure + "_kzt"));
        FIGURES.forEach(figure -> header.add(figure + "_" + code));
        header.addAll(List.of("kzt_per_unit", "rate_basis", "rate_what", "rate_date", "rate_source", "unavailable"));
        return csv(header, report.rows().stream().map(row -> {
            List<Object> fields = new ArrayList<>(java.util.Arrays.asList(row.year(), text(row.source()), text(row.purpose()),
                    text(purposeNames.get(row.purpose())), text(row.shelterId()), text(row.shelterName()), text(row.city())));
            FIGURES.forEach(figure -> fields.add(row.kzt(figure).map(Money::amount).orElse(null)));
            FIGURES.forEach(figure -> fields.add(row.converted(figure).map(Conversion::converted).map(Money::amount)
                    .orElse(null)));
            fields.add(row.targetRate().map(RateUsed::kztPerUnit).map(BigDecimal::stripTrailingZeros).orElse(null));
            fields.add(row.basis() == null ? null : row.basis().describe());
            fields.add(row.targetRate().map(RateUsed::what).orElse(null));
            fields.add(row.targetRate().map(RateUsed::rateDate).orElse(null));
            fields.add(row.targetRate().map(RateUsed::source).orElse(null));
            fields.add(row.unavailable());
            return fields;
        }));
    }

    private static OpenDataFile spendingDescriptor(Settings settings, SpendingReport report) {
        String code = settings.currency().getCurrencyCode();
        String lower = code.toLowerCase(Locale.ROOT);
        JsonArrayBuilder fields = Json.createArrayBuilder()
                .add(field("fiscal_year", "year", "The fiscal year (calendar year) the money belongs to"))
                .add(field("source", "string", "The funding source's code: republican-budget, local-budget, donor"))
                .add(field("purpose", "string", "The purpose's code"))
                .add(field("purpose_name", "string", "The purpose, in words"))
                .add(field("shelter_id", "string", "The shelter's identifier in the registry; empty for money not allocated to a shelter"))
                .add(field("shelter", "string", "The shelter's name; empty for money not allocated to a shelter"))
                .add(field("city", "string", "The shelter's city"));
        JsonObjectBuilder measures = Json.createObjectBuilder();
        for (String figure : FIGURES) {
            fields.add(field(figure + "_kzt", "number", figureWords(figure) + ", in KZT, reversals netted"));
            measures.add(figure + "_kzt", measure(figure + "_kzt", "KZT", figure));
        }
        for (String figure : FIGURES) {
            fields.add(field(figure + "_" + lower, "number", figureWords(figure) + ", in " + code
                    + " at the rate of the row's rate columns, to the cent"));
            measures.add(figure + "_" + lower, measure(figure + "_" + lower, code, figure));
        }
        fields.add(field("kzt_per_unit", "number", "The rate used: KZT per one " + code))
                .add(field("rate_basis", "string", "The basis the rate was chosen on"))
                .add(field("rate_what", "string", "Which rate it is, in words"))
                .add(field("rate_date", "date", "The day the rate was published, for one official rate"))
                .add(field("rate_source", "string", "Where the rate comes from"))
                .add(field("unavailable", "string", "Why the row could not be converted, when it could not"));
        JsonObjectBuilder dimensions = Json.createObjectBuilder()
                .add("date", dimension("datetime", "fiscal_year", null))
                .add("source", dimension("classification", "source", null))
                .add("purpose", dimension("classification", "purpose", "purpose_name"))
                .add("shelter", dimension("entity", "shelter_id", "shelter"))
                .add("city", dimension("location", "city", null));
        List<Integer> years = report.rows().stream().map(SpendingReport.Row::year).sorted().toList();
        JsonObjectBuilder descriptor = packageHead(settings, "kz-trafficking-victims-spending",
                "Spending on trafficking victims: appropriations, allocations, commitments and payments",
                "The budget money Kazakhstan spends on victims of trafficking, per fiscal year, funding source, "
                        + "purpose, shelter and city, as recorded in the Budget and Compensation Registry. Each figure "
                        + "is in KZT and restated in " + code + " on the basis named in each row, with the rate and "
                        + "where it comes from (" + report.basis() + ").")
                .add("countryCode", "KZ")
                .add("granularity", "aggregated")
                .add("resources", Json.createArrayBuilder().add(resource("spending", "spending.csv",
                        "Spending per fiscal year, source, purpose, shelter and city", fields)))
                .add("model", Json.createObjectBuilder().add("measures", measures).add("dimensions", dimensions));
        if (!years.isEmpty()) {
            descriptor.add("fiscalPeriod", Json.createObjectBuilder().add("start", years.getFirst() + "-01-01")
                    .add("end", years.getLast() + "-12-31"));
        }
        return OpenDataFile.text(SPENDING + DESCRIPTOR, JSON, "The spending package's descriptor (Fiscal Data Package)",
                json(descriptor.build()));
    }

    private static String figureWords(String figure) {
        return switch (figure) {
            case "appropriated" -> "Appropriated by the budget";
            case "allocated" -> "Allocated to a shelter, an investigation or a purpose";
            case "committed" -> "Committed by contract";
            case "paid" -> "Paid out";
            default -> throw new IllegalArgumentException(figure);
        };
    }

    private static JsonObjectBuilder measure(String column, String currency, String figure) {
        JsonObjectBuilder measure = Json.createObjectBuilder().add("source", column).add("resource", "spending")
                .add("currency", currency).add("direction", "expenditure");
        // the budget as enacted, and the money that left it; allocations and commitments have no phase of their own
        if (figure.equals("appropriated")) {
            measure.add("phase", "approved");
        } else if (figure.equals("paid")) {
            measure.add("phase", "executed");
        }
        return measure;
    }

    /** A dimension keyed by one column of the spending file, with the column that names it in words, if any. */
    private static JsonObjectBuilder dimension(String type, String key, String label) {
        JsonObjectBuilder attributes = Json.createObjectBuilder().add(key, attribute(key));
        if (label != null) {
            attributes.add(label, attribute(label).add("labelfor", key));
        }
        return Json.createObjectBuilder().add("dimensionType", type).add("primaryKey", key)
                .add("attributes", attributes);
    }

    private static JsonObjectBuilder attribute(String column) {
        return Json.createObjectBuilder().add("source", column).add("resource", "spending");
    }

    // --- compensation statistics

    private static String fileName(Table table) {
        return "compensation-by-" + table.dimension() + ".csv";
    }

    private static String title(Table table) {
        return table.dimension().equals(StatisticsCell.YEAR) ? "Compensation claims per year of filing"
                : "Compensation claims per year of filing and " + table.dimension();
    }

    private static List<String> statisticsHeader(Table table) {
        List<String> header = new ArrayList<>(List.of("year"));
        if (!table.dimension().equals(StatisticsCell.YEAR)) {
            header.add(table.dimension());
        }
        header.addAll(List.of("victims", "claims", "claims_approved", "approved_kzt", "claims_paid", "paid_kzt",
                "claims_decided", "mean_days_to_decision", "hidden", "decision_hidden"));
        return header;
    }

    private static String statisticsCsv(Table table) {
        boolean byYear = table.dimension().equals(StatisticsCell.YEAR);
        return csv(statisticsHeader(table), table.rows().stream().map(OpenDataPackages::published).map(row -> {
            List<Object> fields = new ArrayList<>(List.of(row.year()));
            if (!byYear) {
                fields.add(row.value());
            }
            fields.addAll(java.util.Arrays.asList(row.victims(), row.claims(), row.claimsApproved(), row.approvedKzt(),
                    row.claimsPaid(), row.paidKzt(), row.claimsDecided(), row.meanDaysToDecision(), row.hidden(),
                    row.decisionHidden()));
            return fields;
        }));
    }

    private static StatisticsTable published(Table table) {
        return new StatisticsTable(table.dimension(), COMPENSATION + fileName(table),
                table.rows().stream().map(OpenDataPackages::published).toList());
    }

    /** A row as published: every figure of a hidden row empty, the decided claims' figures empty when they are hidden. */
    private static StatisticsRow published(Row row) {
        StatisticsCell cell = row.cell();
        if (row.hidden() != null) {
            return new StatisticsRow(cell.year(), cell.value(), null, null, null, null, null, null, null, null,
                    row.hidden().code(), null);
        }
        boolean decisionShown = row.decisionHidden() == null;
        return new StatisticsRow(cell.year(), cell.value(), cell.victims(), cell.claims(), cell.approvedClaims(),
                cell.approved(), cell.paidClaims(), cell.paid(), decisionShown ? cell.decided() : null,
                decisionShown ? row.meanDaysToDecision() : null, null,
                decisionShown ? null : row.decisionHidden().code());
    }

    private static OpenDataFile compensationDescriptor(Settings settings, List<Table> tables) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (Table table : tables) {
            JsonArrayBuilder fields = Json.createArrayBuilder()
                    .add(field("year", "year", "The year the claims were filed"));
            if (!table.dimension().equals(StatisticsCell.YEAR)) {
                fields.add(dimensionField(table.dimension()));
            }
            fields.add(field("victims", "integer", "Victims with a claim filed that year"))
                    .add(field("claims", "integer", "Claims filed"))
                    .add(field("claims_approved", "integer", "Claims whose compensation stands approved, paid or not"))
                    .add(field("approved_kzt", "number", "The approved claims' amounts, in KZT"))
                    .add(field("claims_paid", "integer", "Claims paid"))
                    .add(field("paid_kzt", "number", "The paid claims' amounts, in KZT"))
                    .add(field("claims_decided", "integer", "Claims with a first decision"))
                    .add(field("mean_days_to_decision", "number", "Days from filing to the first decision, on average over "
                            + "the decided claims, to one decimal"))
                    .add(marker("hidden", "Why the row's figures are hidden: small-cell (fewer than "
                            + settings.minimumCell() + " victims) or complementary (it would let a reader work out a "
                            + "small cell from the year's totals)"))
                    .add(marker("decision_hidden", "Why claims_decided and mean_days_to_decision are hidden: small-cell "
                            + "(fewer than " + settings.minimumCell() + " decided claims) or complementary"));
            resources.add(resource(fileName(table).replace(".csv", ""), fileName(table), title(table), fields));
        }
        JsonObjectBuilder descriptor = packageHead(settings, "kz-victims-compensation-statistics",
                "Compensation of victims: claims, amounts approved and paid, days to decision",
                "Claims for compensation from the victims compensation fund, per year of filing, in one table per "
                        + "characteristic (category, origin, sex, minor) so that no table crosses two. No figure rests on "
                        + "fewer than " + settings.minimumCell() + " victims: such a row is hidden and marked small-cell, "
                        + "and so is any row a reader could work it out from with the year's totals (complementary). "
                        + "An average of days rests on at least as many decided claims. A row that is missing "
                        + "counts no claims.")
                .add("resources", resources);
        return OpenDataFile.text(COMPENSATION + DESCRIPTOR, JSON, "The compensation statistics package's descriptor",
                json(descriptor.build()));
    }

    private static JsonObjectBuilder dimensionField(String dimension) {
        return switch (dimension) {
            case "category" -> field("category", "string", "The compensation category's code under the law");
            case "origin" -> enumerated(field("origin", "string", "domestic: a citizen of Kazakhstan; foreign: anyone else"),
                    "domestic", "foreign");
            case "sex" -> enumerated(field("sex", "string", "The victim's sex as recorded in the proceeding"),
                    "female", "male");
            case "minor" -> field("minor", "boolean", "Whether the victim is a minor");
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static JsonObjectBuilder marker(String name, String description) {
        return enumerated(field(name, "string", description), "small-cell", "complementary");
    }

    private static JsonObjectBuilder enumerated(JsonObjectBuilder field, String... values) {
        JsonArrayBuilder allowed = Json.createArrayBuilder();
        Stream.of(values).forEach(allowed::add);
        return field.add("constraints", Json.createObjectBuilder().add("enum", allowed));
    }

    // --- shared

    private static JsonObjectBuilder packageHead(Settings settings, String name, String title,
                                                 String description) {
        return Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", name)
                .add("title", title)
                .add("description", description)
                .add("licenses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", settings.license())))
                .add("contributors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", settings.publisher()).add("role", "publisher")));
    }

    private static JsonObjectBuilder resource(String name, String path, String title, JsonArrayBuilder fields) {
        return Json.createObjectBuilder().add("profile", "tabular-data-resource").add("name", name).add("path", path)
                .add("title", title).add("format", "csv").add("mediatype", CSV).add("encoding", "utf-8")
                .add("schema", Json.createObjectBuilder().add("fields", fields)
                        .add("missingValues", Json.createArrayBuilder().add("")));
    }

    private static JsonObjectBuilder field(String name, String type, String description) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("description", description);
    }

    private static String json(JsonObject object) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(object);
        }
        return out.toString().strip() + "\n";
    }

    private static String csv(List<String> header, Stream<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        csv.writeRecord(header);
        rows.forEach(fields -> csv.writeRecord(fields.stream().map(OpenDataPackages::cell).toList()));
        return out.toString();
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }

    /**
     * Both folders in one zip. Entries carry a fixed date (as the descriptors carry no time of
     * building), so the same data makes the same bytes on every node, and so the same ETag.
     */
    private static OpenDataFile zip(List<OpenDataFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (OpenDataFile file : files) {
                ZipEntry entry = new ZipEntry(file.path());
                entry.setTimeLocal(FIXED_ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OpenDataFile.of(ZIP, "application/zip", "Both packages, each in its folder", bytes.toByteArray());
    }
}
