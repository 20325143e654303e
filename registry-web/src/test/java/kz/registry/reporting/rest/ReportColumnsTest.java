package kz.registry.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportColumnsTest {

    /** The column names the OpenAPI descriptions quote are the columns the tables write. */
    @Test
    void theDocumentedColumnsAreTheWrittenOnes() {
        assertThat(String.join(",", SpendingColumns.ROW_TABLE.names())).isEqualTo(SpendingColumns.ROWS);
        assertThat(String.join(",", SpendingColumns.ENTRY_TABLE.names())).isEqualTo(SpendingColumns.ENTRIES);
        assertThat(String.join(",", CompensationReportResource.ROW_TABLE.names())).isEqualTo(CompensationReportResource.ROWS);
        assertThat(String.join(",", CompensationReportResource.WAITING_TABLE.names()))
                .isEqualTo(CompensationReportResource.WAITING);
        assertThat(String.join(",", CompensationReportResource.RECOURSE_TABLE.names()))
                .isEqualTo(CompensationReportResource.RECOURSE);
        assertThat(String.join(",", FundReportResource.LINE_TABLE.names())).isEqualTo(FundReportResource.LINES);
        assertThat(String.join(",", YearSummaryResource.LINE_TABLE.names())).isEqualTo(YearSummaryResource.LINES);
    }
}
