package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What entered or left the fund on one day from one source, in KZT. */
@Entity
@Table(name = "fund_day_total")
public class FundDayTotal {

    @EmbeddedId
    private Day day;

    @Column(nullable = false, precision = 30, scale = 2)
    private BigDecimal amount;

    protected FundDayTotal() {
        // for JPA
    }

    public FundDayTotal(Day day) {
        this.day = day;
        this.amount = BigDecimal.ZERO;
    }

    public void add(BigDecimal more) {
        amount = amount.add(more);
    }

    /** The key: a value date, a direction (IN or OUT) and a source. */
    @Embeddable
    public static class Day implements Serializable {

        @Column(name = "value_date", nullable = false)
        private LocalDate valueDate;

        @Column(nullable = false, length = 10)
        private String direction;

        @Column(nullable = false, length = 30)
        private String source;

        protected Day() {
            // for JPA
        }

        public Day(LocalDate valueDate, String direction, String source) {
            this.valueDate = valueDate;
            this.direction = direction;
            this.source = source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Day day && day.valueDate.equals(valueDate) && day.direction.equals(direction)
                    && day.source.equals(source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(valueDate, direction, source);
        }
    }
}
