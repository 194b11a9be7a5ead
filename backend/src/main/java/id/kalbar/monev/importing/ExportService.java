package id.kalbar.monev.importing;

import com.fasterxml.jackson.core.JsonFactory;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.http.EntityTags;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Downloads in the columns the imports take, streamed from a database cursor: an export loaded back
 * changes nothing.
 */
@ApplicationScoped
public class ExportService {

    private static final int FETCH_SIZE = 5000;

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final RegionCodeSchemes regions;

    public ExportService(AgroalDataSource dataSource, Caller caller, RegionCodeSchemes regions) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.regions = regions;
    }

    /**
     * A download checked and cut to the caller's scope, with the tag of what it would hold now and, for
     * BPS codes, the Kemendagri code of each region with its BPS code.
     */
    public record Download(BulkKind kind, ExportQuery query, boolean json, Map<String, String> bpsCodes, EntityTag tag) {
    }

    /**
     * Checks the request now (so that bad input is a 400) and tags it with the change stamp of its rows,
     * read without reading them.
     */
    public Download prepare(BulkKind kind, ExportFilters requested, boolean json, IdScheme scheme) {
        ExportFilters filters = requested.within(caller.listScope(requested.region()));
        ExportQuery query = kind.export(filters);
        boolean bps = scheme == IdScheme.BPS && !kind.regionColumns().isEmpty();
        Map<String, String> bpsCodes = bps ? regions.bpsCodes() : null;
        // With BPS codes the download also changes with the regions' codes.
        Object regionStamp = bps ? regions.changeStamp() : IdScheme.KEMENDAGRI;
        return new Download(kind, query, json, bpsCodes,
                EntityTags.digest(kind.name(), json, query.sql(), query.parameters(), stamp(query), regionStamp));
    }

    private String stamp(ExportQuery query) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query.stampSql())) {
            List<Object> parameters = query.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getTimestamp(2) + "/" + rs.getLong(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export stamp failed", e);
        }
    }

    /** The body to stream. */
    public StreamingOutput stream(Download download) {
        BulkKind kind = download.kind();
        boolean json = download.json();
        String sql = download.query().sql();
        List<Object> parameters = download.query().parameters();
        List<String> columns = kind.columns();
        boolean[] text = new boolean[columns.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = kind.textColumns().contains(columns.get(i));
        }
        ColumnReader values = columnReader(columns, kind, download.bpsCodes());
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        if (json) {
                            writeJson(rs, columns, values, writer);
                        } else {
                            writeCsv(rs, columns, text, values, writer);
                        }
                    }
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("Export failed", e);
            }
            writer.flush();
        };
    }

    /** A column's value of the current row, as the download writes it. */
    @FunctionalInterface
    private interface ColumnReader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** As stored, or with the region columns' Kemendagri codes replaced by BPS codes. */
    private static ColumnReader columnReader(List<String> columns, BulkKind kind, Map<String, String> bpsCodes) {
        if (bpsCodes == null) {
            return (rs, column) -> rs.getObject(column + 1);
        }
        boolean[] region = new boolean[columns.size()];
        for (int i = 0; i < region.length; i++) {
            region[i] = kind.regionColumns().contains(columns.get(i));
        }
        return (rs, column) -> {
            Object value = rs.getObject(column + 1);
            return region[column] && value != null ? bpsCodes.getOrDefault(value.toString(), value.toString()) : value;
        };
    }

    private static void writeCsv(ResultSet rs, List<String> columns, boolean[] textColumn, ColumnReader values, Writer writer)
            throws SQLException, IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(columns);
        Object[] row = new Object[columns.size()];
        while (rs.next()) {
            for (int i = 0; i < row.length; i++) {
                String value = text(values.read(rs, i));
                row[i] = textColumn[i] ? SpreadsheetCells.neutralize(value) : value;
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void writeJson(ResultSet rs, List<String> columns, ColumnReader values, Writer writer)
            throws SQLException, IOException {
        var generator = new JsonFactory().createGenerator(writer);
        generator.writeStartArray();
        while (rs.next()) {
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.read(rs, i);
                if (value instanceof BigDecimal decimal) {
                    generator.writeFieldName(columns.get(i));
                    generator.writeNumber(text(decimal));
                } else if (value instanceof Integer number) {
                    generator.writeNumberField(columns.get(i), number);
                } else {
                    generator.writeStringField(columns.get(i), value == null ? null : value.toString());
                }
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.flush();
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
