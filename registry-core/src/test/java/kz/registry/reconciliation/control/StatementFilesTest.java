package kz.registry.reconciliation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.registry.reconciliation.entity.ParsedStatement;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Statements as banks send them, and files that must never be read as one. */
class StatementFilesTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StatementFilesTest.class.getResourceAsStream("/statements/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aCamt053StatementGivesItsBalancesAndItsBookedEntriesSigned() throws IOException {
        List<ParsedStatement> statements = StatementFiles.camt053(resource("fund-2026-03.xml"));

        assertThat(statements).hasSize(1);
        ParsedStatement march = statements.getFirst();
        assertThat(march.reference()).isEqualTo("FUND-2026-03");
        assertThat(march.messageId()).isEqualTo("MSG-2026-03-31-001");
        assertThat(march.account()).isEqualTo("KZ86125KZT5004100100");
        assertThat(march.currency()).isEqualTo("KZT");
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(march.opening()).isEqualByComparingTo("5000000.00");
        assertThat(march.closing()).isEqualByComparingTo("6595750.00");
        // the pending entry is not booked: three lines, and they move the balance from opening to closing
        assertThat(march.lines()).hasSize(3);
        assertThat(march.movement()).isEqualByComparingTo("1595750.00"); // 2,000,000 - 389,250 - 15,000
        ParsedStatement.Line inflow = march.lines().get(0);
        assertThat(inflow.amount()).isEqualByComparingTo("2000000.00");
        assertThat(inflow.reference()).isEqualTo("FUND-IN-1");
        assertThat(inflow.bankReference()).isEqualTo("BNK-0001");
        assertThat(inflow.description()).isEqualTo("Transfer to the victims compensation fund");
        ParsedStatement.Line payout = march.lines().get(1);
        assertThat(payout.amount()).isEqualByComparingTo("-389250.00");
        assertThat(payout.reference()).isEqualTo("REG-2026-003");
        assertThat(payout.value()).isNull();
        ParsedStatement.Line fee = march.lines().get(2);
        assertThat(fee.reference()).isNull();
        assertThat(fee.description()).isEqualTo("Account maintenance fee");
    }

    @Test
    void aFileWithADocumentTypeIsRefusedBeforeAnythingIsRead() throws IOException {
        String statement = new String(resource("fund-2026-03.xml"), StandardCharsets.UTF_8);
        String external = statement.replace("<Document ", "<!DOCTYPE Document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<Document ")
                .replace("Account maintenance fee", "&secret;");
        assertThatThrownBy(() -> StatementFiles.camt053(external.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("document type declaration");
        String expanding = statement.replace("<Document ", "<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<Document ");
        assertThatThrownBy(() -> StatementFiles.camt053(expanding.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("document type declaration");
    }

    @Test
    void anotherVersionOrAFileOffTheSchemaIsRefusedSayingWhy() throws IOException {
        String statement = new String(resource("fund-2026-03.xml"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StatementFiles.camt053(statement.replace("camt.053.001.08", "camt.053.001.02")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("camt.053.001.02");
        // an entry without its status breaks the schema: the line is named
        assertThatThrownBy(() -> StatementFiles.camt053(statement.replaceFirst("<Sts><Cd>BOOK</Cd></Sts>", "")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("schema").hasMessageContaining("line 23");
        assertThatThrownBy(() -> StatementFiles.camt053("<Document".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void theCsvFormGivesTheSameStatement() {
        String csv = StatementFiles.CSV_HEADER + "\n"
                + "opening,2026-03-01,,5000000.00,,,\n"
                + "entry,2026-03-04,2026-03-04,2000000.00,FUND-IN-1,BNK-0001,Transfer to the fund\n"
                + "entry,2026-03-12,,-389250.00,REG-2026-003,BNK-0002,\"Register REG-2026-003, 3 payments\"\n"
                + "closing,2026-03-31,,6610750.00,,,\n";
        ParsedStatement march = StatementFiles.csv(csv.getBytes(StandardCharsets.UTF_8), "FUND-2026-03-CSV",
                "KZ86125KZT5004100100", "KZT");
        assertThat(march.lines()).extracting(ParsedStatement.Line::reference).containsExactly("FUND-IN-1", "REG-2026-003");
        assertThat(march.lines().get(1).description()).isEqualTo("Register REG-2026-003, 3 payments");
        assertThat(march.opening()).isEqualByComparingTo("5000000.00");
        assertThat(march.closing().subtract(march.opening())).isEqualByComparingTo(march.movement());
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aCsvWithoutItsBalancesOrWithABadLineIsRefused() {
        assertThatThrownBy(() -> StatementFiles.csv((StatementFiles.CSV_HEADER + "\nentry,2026-03-04,,100.00,,,\n")
                .getBytes(StandardCharsets.UTF_8), "X", "KZ", "KZT"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("opening and a closing");
        assertThatThrownBy(() -> StatementFiles.csv((StatementFiles.CSV_HEADER + "\nentry,04.03.2026,,100.00,,,\n")
                .getBytes(StandardCharsets.UTF_8), "X", "KZ", "KZT"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("line 2"));
        assertThatThrownBy(() -> StatementFiles.csv("date,amount\n".getBytes(StandardCharsets.UTF_8), "X", "KZ", "KZT"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(StatementFiles.CSV_HEADER);
    }
}
