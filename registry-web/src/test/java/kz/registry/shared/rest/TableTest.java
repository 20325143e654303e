package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    record Line(String text, BigDecimal amount, Long count, Boolean flag) {
    }

    private static final Table<Line> TABLE = Table.of(Table.column("text", Line::text),
            Table.column("amount", Line::amount), Table.column("count", Line::count), Table.column("flag", Line::flag));

    @Test
    void csvQuotesWhatNeedsItDefusesFormulasAndLeavesNegativeNumbersAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.writeCsv(out, sink -> List.of(new Line("Sana \"Sezim\", Almaty", new BigDecimal("-1000.00"), 3L, true),
                new Line("=HYPERLINK(\"x\")", null, null, null), new Line("-5 KZT", new BigDecimal("1E+3"), 0L, false))
                .forEach(sink));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("text,amount,count,flag\r\n"
                + "\"Sana \"\"Sezim\"\", Almaty\",-1000.00,3,true\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",,,\r\n"
                + "'-5 KZT,1000,0,false\r\n");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheColumnNamesAndMoneyAsDecimalStrings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.writeJson(out, sink -> sink.accept(new Line("a", new BigDecimal("162700000.00"), 2L, null)));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("[{\"text\":\"a\",\"amount\":\"162700000.00\",\"count\":2,\"flag\":null}]");
    }
}
