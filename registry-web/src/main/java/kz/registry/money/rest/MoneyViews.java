package kz.registry.money.rest;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.registry.money.Money;
import kz.registry.money.Conversion;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.RateUsed;
import kz.registry.shared.rest.SpokenText;

/** How money and rates look on the wire: decimal strings, never floating point. */
public final class MoneyViews {

    private MoneyViews() {
    }

    static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A rate as a person states it: its digits without the zeros storage adds, and at least two decimals. */
    static String stated(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    public record MoneyView(String amount, String currency) {
        public static MoneyView of(Money money) {
            return new MoneyView(money.amount().toPlainString(), money.code());
        }
    }

    public record RateView(String currency, LocalDate date, int revision, String kztPerUnit, String publishedRate, int quant,
                    String source, Instant recordedAt, Instant supersededAt, String correctionReason) {
        static RateView of(ExchangeRate rate) {
            return new RateView(rate.currency().getCurrencyCode(), rate.rateDate(), rate.revision(),
                    decimal(rate.kztPerUnit()), decimal(rate.publishedRate()), rate.quant(), rate.source(),
                    rate.recordedAt(), rate.supersededAt().orElse(null), rate.correctionReason().orElse(null));
        }
    }

    public record RateUsedView(String currency, String kztPerUnit, @JsonbTypeSerializer(SpokenText.class) String what, LocalDate rateDate,
                               String publishedRate, Integer quant, @JsonbTypeSerializer(SpokenText.class) String source, Integer revision,
                               Integer days) {
        static RateUsedView of(RateUsed rate) {
            return new RateUsedView(rate.currency(), decimal(rate.kztPerUnit()), rate.what(), rate.rateDate(),
                    decimal(rate.publishedRate()), rate.quant(), rate.source(), rate.revision(), rate.days());
        }
    }

    /**
     * A conversion: {@code converted} exact (to the minor unit); {@code rounded} the figure as a
     * reporting basis prints it (absent on the other bases).
     */
    public record ConversionView(MoneyView original, MoneyView converted, MoneyView rounded,
                                 @JsonbTypeSerializer(SpokenText.class) String basis, List<RateUsedView> rates, String crossRate,
                                 @JsonbTypeSerializer(SpokenText.class) String rounding) {
        public static ConversionView of(Conversion conversion) {
            return new ConversionView(MoneyView.of(conversion.original()), MoneyView.of(conversion.converted()),
                    conversion.rounded() == null ? null : MoneyView.of(conversion.rounded()),
                    conversion.basis(), conversion.rates().stream().map(RateUsedView::of).toList(),
                    decimal(conversion.crossRate()), conversion.rounding());
        }
    }

    public record FixedRateView(String name, String currency, int revision, String kztPerUnit, String description,
                                String reason, Instant recordedAt, Instant supersededAt) {
        static FixedRateView of(FixedRate rate) {
            return new FixedRateView(rate.name(), rate.currency().getCurrencyCode(), rate.revision(),
                    stated(rate.kztPerUnit()), rate.description(), rate.reason().orElse(null), rate.createdAt(),
                    rate.supersededAt().orElse(null));
        }
    }
}
