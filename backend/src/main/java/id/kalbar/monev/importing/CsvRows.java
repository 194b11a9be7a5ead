package id.kalbar.monev.importing;

import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSV in UTF-8 with a header row, separated by commas or semicolons (as the header shows). Bytes that
 * are not UTF-8 are refused, never replaced; empty trailing header columns (a spreadsheet's trailing
 * separator) are ignored. Text cells exported with a leading {@code '} against formula injection read
 * back as they were stored (see {@link SpreadsheetCells}).
 */
final class CsvRows implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] columnOfField;
    private final boolean[] textField;
    private final int columns;
    private long lastRow = 1;

    CsvRows(InputStream body, List<String> columns, List<String> required, Set<String> textColumns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        String headerLine;
        try {
            reader.mark(1 << 15);
            headerLine = reader.readLine();
            reader.reset();
        } catch (CharacterCodingException e) {
            throw Problems.validation("header", "row 1 is not UTF-8 text; save the file as CSV UTF-8");
        } catch (IOException e) {
            throw Problems.validation("header", "row 1 is longer than a header can be");
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw Problems.validation("body", "the file is empty; the first row must be the header "
                    + String.join(",", columns));
        }
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        this.parser = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader);
        this.records = parser.iterator();
        List<String> header = new ArrayList<>();
        if (records.hasNext()) {
            for (String name : records.next()) {
                header.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
            }
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        // Column names match whatever their case: spreadsheets and people capitalise freely.
        List<String> known = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                errors.add(new FieldError("header", "a column has no name; the columns are " + String.join(",", columns)));
            } else if (!known.contains(name)) {
                errors.add(new FieldError("header", "unknown column '" + name + "'; the columns are " + String.join(",", columns)));
            } else if (!seen.add(name)) {
                errors.add(new FieldError("header", "column '" + name + "' appears twice"));
            }
        }
        for (String name : required) {
            if (!header.contains(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("header", "missing column '" + name + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        this.columns = columns.size();
        this.columnOfField = header.stream().mapToInt(known::indexOf).toArray();
        this.textField = new boolean[columnOfField.length];
        for (int i = 0; i < columnOfField.length; i++) {
            textField[i] = textColumns.contains(columns.get(columnOfField[i]));
        }
    }

    @Override
    public ImportRow next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
        String[] values = new String[columns];
        int size = record.size();
        // A trailing empty cell under an ignored trailing header column is not a column too many.
        int used = size;
        while (used > columnOfField.length && record.get(used - 1).isEmpty()) {
            used--;
        }
        for (int i = 0; i < Math.min(size, columnOfField.length); i++) {
            String value = record.get(i);
            values[columnOfField[i]] = textField[i] ? SpreadsheetCells.readBack(value) : value;
        }
        // The header is row 1, so the n-th record is row n + 1 (the parser counts the header as record 1).
        lastRow = record.getRecordNumber();
        return new ImportRow(lastRow, values, used != columnOfField.length);
    }

    private RuntimeException unreadable(RuntimeException e) {
        Throwable cause = e.getCause();
        long row = lastRow + 1;
        if (cause instanceof CharacterCodingException) {
            return Problems.validation("body", "row " + row + " is not UTF-8 text; save the file as CSV UTF-8");
        }
        if (cause instanceof RuntimeException runtime && !(cause instanceof UncheckedIOException)) {
            return runtime; // e.g. the size limit's 413
        }
        return Problems.validation("body", "row " + row + " cannot be read as CSV (an unterminated quote?)");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
