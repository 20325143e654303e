package kz.registry.reporting.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.shared.InvalidInputException;

/**
 * What a compensation report groups claims by. {@code ORIGIN} is foreign or domestic (a
 * Kazakhstani citizen); {@code YEAR} is the year a claim was filed.
 */
public enum CompensationDimension {
    YEAR("extract(year from c.filed_on)", "h.filed_year"),
    CATEGORY("c.category", "h.category"),
    STATUS("c.status", "h.status"),
    ORIGIN("case when v.citizenship = 'KZ' then 'domestic' else 'foreign' end",
            "case when h.citizenship = 'KZ' then 'domestic' else 'foreign' end"),
    CITIZENSHIP("v.citizenship", "h.citizenship"),
    SEX("v.sex", "h.sex"),
    MINOR("v.minor", "h.minor"),
    EXPLOITATION("v.exploitation", "h.exploitation");

    private final String expression;
    private final String summaryExpression;

    CompensationDimension(String expression, String summaryExpression) {
        this.expression = expression;
        this.summaryExpression = summaryExpression;
    }

    /** The SQL expression over a claim {@code c} and its victim {@code v}. */
    public String expression() {
        return expression;
    }

    /** The same over a bucket {@code h} of the claim summaries. */
    public String summaryExpression() {
        return summaryExpression;
    }

    /** Whether the expression reads the victim's row, so the report must join it. */
    public boolean readsVictim() {
        return expression.contains("v.");
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From {@code groupBy=year,origin}; empty or null: by year. */
    public static Set<CompensationDimension> parse(String groupBy) {
        Set<CompensationDimension> chosen = EnumSet.noneOf(CompensationDimension.class);
        if (groupBy == null || groupBy.isBlank()) {
            chosen.add(YEAR);
            return chosen;
        }
        for (String name : groupBy.split(",")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            chosen.add(Arrays.stream(values()).filter(d -> d.parameter().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("groupBy", "'" + name.strip() + "' is not one of "
                            + Arrays.stream(values()).map(CompensationDimension::parameter).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
