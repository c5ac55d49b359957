package app.nook.importing;

import app.nook.system.InvalidInputException;
import app.nook.system.PlainText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A parsed import file: its header and its rows, each with the line of the file it starts on. */
record CsvTable(List<String> headers, List<Row> rows) {

    static final int MAX_ROWS = 100_000;

    /** One row of values, in header order, without control characters; missing trailing values read as empty. */
    record Row(long line, List<String> values) {

        Row {
            values = values.stream().map(PlainText::of).toList();
        }

        String value(Integer column) {
            return column == null || column >= values.size()
                    ? ""
                    : values.get(column).strip();
        }
    }

    /**
     * Reads UTF-8 text with a header row, separated by commas (or semicolons when the header has no comma).
     *
     * @throws InvalidInputException when the file is not UTF-8 text, is empty, malformed or has too many rows
     */
    static CsvTable parse(byte[] content) {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = !firstLine.contains(",") && firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "The file is not a readable CSV file: " + reasonOf(e));
        }
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    "file", "The file is not UTF-8 text. Save it from your spreadsheet as CSV UTF-8 and try again.");
        }
    }

    /** The parser's own words, without the class names it wraps them in. */
    private static String reasonOf(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        return message.replaceAll("^[\\w.]+(Exception|Error): ", "");
    }

    private static CsvTable read(CSVParser parser) {
        List<String> headers = parser.getHeaderNames();
        if (headers.isEmpty()) {
            throw new InvalidInputException(
                    "file", "The file is empty: it needs a header row and one row per customer");
        }
        List<Row> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        long start = parser.getCurrentLineNumber() + 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (rows.size() == MAX_ROWS) {
                throw new InvalidInputException(
                        "file", "The file has more than %,d rows. Split it into smaller files.".formatted(MAX_ROWS));
            }
            rows.add(new Row(start, record.toList()));
            start = parser.getCurrentLineNumber() + 1;
        }
        return new CsvTable(headers, rows);
    }
}
