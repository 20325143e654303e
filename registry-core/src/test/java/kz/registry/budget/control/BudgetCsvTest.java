package kz.registry.budget.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kz.registry.budget.entity.EntryKind;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class BudgetCsvTest {

    private static final UUID APPROPRIATION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ASTANA = UUID.fromString("00000000-0000-0000-0000-0000000000a5");
    private static final Map<String, UUID> SHELTERS = Map.of("Astana trafficking shelter", ASTANA);

    private static List<BudgetLedger.Line> read(String csv, EntryKind kind) {
        try (Stream<BudgetLedger.Line> lines = BudgetCsv.lines(new StringReader(csv), kind,
                name -> Optional.ofNullable(SHELTERS.get(name)))) {
            return lines.toList();
        }
    }

    @Test
    void allocationsNameTheirShelterByNameAndKeepQuotedCommas() {
        List<BudgetLedger.Line> lines = read("""
                appropriation,shelter,case_number,recipient,amount,currency,value_date,description
                %s,Astana trafficking shelter,,,300.00,KZT,2017-01-15,"Grant, first half"
                """.formatted(APPROPRIATION), EntryKind.ALLOCATION);

        assertThat(lines).hasSize(1);
        BudgetLedger.Line line = lines.getFirst();
        assertThat(line.number()).isEqualTo(2);
        assertThat(line.error()).isNull();
        assertThat(line.posting().parentId()).isEqualTo(APPROPRIATION);
        assertThat(line.posting().target().shelterId()).isEqualTo(ASTANA);
        assertThat(line.posting().amount().toString()).isEqualTo("300.00 KZT");
        assertThat(line.posting().valueDate()).isEqualTo(LocalDate.of(2017, 1, 15));
        assertThat(line.posting().description()).isEqualTo("Grant, first half");
    }

    @Test
    void everyBadLineIsNamedWithItsNumberAndTheGoodOnesStillRead() {
        List<BudgetLedger.Line> lines = read("""
                allocation,amount,currency,value_date
                %1$s,10.00,KZT,2017-02-01
                not-an-id,10.00,KZT,2017-02-01

                %1$s,ten,KZT,2017-02-01
                %1$s,10.00,KZT,1 March
                %1$s,10.00,KZT
                """.formatted(APPROPRIATION), EntryKind.PAYMENT);

        assertThat(lines).extracting(BudgetLedger.Line::number).containsExactly(2, 3, 5, 6, 7);
        assertThat(lines.getFirst().error()).isNull();
        assertThat(lines.get(1).error()).contains("allocation").contains("not-an-id");
        assertThat(lines.get(2).error()).contains("amount", "not a plain decimal number");
        assertThat(lines.get(3).error()).contains("value_date");
        assertThat(lines.get(4).error()).contains("3 fields where the header has 4");
    }

    @Test
    void anAllocationNamesExactlyOneTargetAndAKnownShelter() {
        List<BudgetLedger.Line> lines = read("""
                appropriation,shelter,case_number,amount,currency,value_date
                %1$s,,,10.00,KZT,2017-02-01
                %1$s,Astana trafficking shelter,171100031000123,10.00,KZT,2017-02-01
                %1$s,Atlantis shelter,,10.00,KZT,2017-02-01
                """.formatted(APPROPRIATION), EntryKind.ALLOCATION);

        assertThat(lines).allSatisfy(line -> assertThat(line.error()).isNotNull());
        assertThat(lines.get(0).error()).contains("named 0");
        assertThat(lines.get(1).error()).contains("named 2");
        assertThat(lines.get(2).error()).contains("Atlantis shelter");
    }

    @Test
    void aHeaderMustNameKnownColumnsAndAllRequiredOnes() {
        assertThatThrownBy(() -> read("date,currency,rate,quant\n", EntryKind.PAYMENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown column 'date'");
        assertThatThrownBy(() -> read("allocation,amount,value_date\nx,1,2017-01-01\n", EntryKind.PAYMENT))
                .hasMessageContaining("missing column(s) currency");
        assertThatThrownBy(() -> read("", EntryKind.PAYMENT)).hasMessageContaining("empty");
        assertThat(read("allocation,amount,currency,value_date\n\n", EntryKind.PAYMENT))
                .as("a header alone is read as no lines; posting refuses it").isEmpty();
        assertThatThrownBy(() -> read("x\n", EntryKind.APPROPRIATION)).hasMessageContaining("one at a time");
    }

    @Test
    void quotedFieldsFollowRfc4180AndALineKeepsTheNumberItStartsOn() {
        List<BudgetLedger.Line> lines = read("""
                allocation,amount,currency,value_date,description
                %1$s,10.00,KZT,2017-02-01,"say ""hi"", twice"
                %1$s,10.00,KZT,2017-02-01,"two
                lines"
                %1$s,10.00,KZT,2017-02-01,
                """.formatted(APPROPRIATION), EntryKind.PAYMENT);

        assertThat(lines).extracting(BudgetLedger.Line::number).containsExactly(2, 3, 5);
        assertThat(lines.get(0).posting().description()).isEqualTo("say \"hi\", twice");
        assertThat(lines.get(1).posting().description()).isEqualTo("two\nlines");
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileRatherThanSwallowTheLinesAfterIt() {
        assertThatThrownBy(() -> read("""
                allocation,amount,currency,value_date,description
                %1$s,10.00,KZT,2017-02-01,"closed"
                %1$s,10.00,KZT,2017-02-01,"never closed
                %1$s,10.00,KZT,2017-02-01,
                """.formatted(APPROPRIATION), EntryKind.PAYMENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quote opened on line 3");
    }

    @Test
    void linesAreReadOneAtATimeNotTheWholeFileFirst() throws IOException {
        // a file of a million lines that exists only as it is read
        String header = "allocation,amount,currency,value_date\n";
        String line = APPROPRIATION + ",10.00,KZT,2017-02-01\n";
        long[] charsRead = {0};
        Reader million = new Reader() {
            private long position;
            private final long length = header.length() + 1_000_000L * line.length();

            @Override
            public int read(char[] buffer, int offset, int count) {
                if (position == length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - position);
                for (int i = 0; i < n; i++, position++) {
                    buffer[offset + i] = position < header.length() ? header.charAt((int) position)
                            : line.charAt((int) ((position - header.length()) % line.length()));
                }
                charsRead[0] += n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        try (Stream<BudgetLedger.Line> lines = BudgetCsv.lines(million, EntryKind.PAYMENT, name -> Optional.empty())) {
            Iterator<BudgetLedger.Line> each = lines.iterator();
            assertThat(each.next().posting().amount().toString()).isEqualTo("10.00 KZT");
            assertThat(charsRead[0]).as("read to hand out the first line").isLessThan(1 << 20);
            long rest = 0;
            while (each.hasNext()) {
                assertThat(each.next().error()).isNull();
                rest++;
            }
            assertThat(rest).isEqualTo(999_999);
        }
    }
}
