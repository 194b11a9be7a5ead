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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** CSV in UTF-8 with a header row, separated by commas or semicolons (as the header shows). */
final class CsvRows implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] columnOfField;
    private final int columns;

    CsvRows(InputStream body, List<String> columns, List<String> required) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(4096);
        String headerLine = reader.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw Problems.validation("body", "the file is empty; the first row must be the header "
                    + String.join(",", columns));
        }
        reader.reset();
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        this.parser = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader);
        // Column names match whatever their case: spreadsheets and people capitalise freely.
        List<String> known = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> header = parser.getHeaderNames().stream()
                .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
        List<FieldError> errors = new ArrayList<>();
        for (String name : header) {
            if (!known.contains(name)) {
                errors.add(new FieldError("header", "unknown column '" + name + "'; the columns are " + String.join(",", columns)));
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
        this.records = parser.iterator();
    }

    @Override
    public ImportRow next() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        String[] values = new String[columns];
        int size = record.size();
        for (int i = 0; i < Math.min(size, columnOfField.length); i++) {
            values[columnOfField[i]] = record.get(i);
        }
        // The header is row 1, so the n-th record is row n + 1.
        return new ImportRow(record.getRecordNumber() + 1, values, size != columnOfField.length);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
