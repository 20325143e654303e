package kz.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/** The Excel workbooks the registry writes, opened as a spreadsheet program opens them. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * A workbook's first sheet as a spreadsheet program reads it, cells with their formats (null where
     * empty); and the
     * sheet must keep its header row in view (a frozen pane below the first row).
     */
    public static List<List<Cell>> firstSheet(byte[] xlsx) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
            java.nio.file.Files.write(file, xlsx);
            String sheetXml;
            // the central directory, as spreadsheet programs read it (the entries are streamed without sizes)
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            } finally {
                java.nio.file.Files.delete(file);
            }
            assertThat(sheetXml).as("the sheet").isNotNull().contains("ySplit=\"1\"").contains("state=\"frozen\"");
            try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                return book.getFirstSheet().read().stream()
                        .map(row -> java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCell).toList())
                        .toList();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
