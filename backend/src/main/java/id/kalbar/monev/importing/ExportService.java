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
    private final IndicatorCodeSchemes indicators;

    public ExportService(AgroalDataSource dataSource, Caller caller, RegionCodeSchemes regions,
                         IndicatorCodeSchemes indicators) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.regions = regions;
        this.indicators = indicators;
    }

    /**
     * A download checked and cut to the caller's scope, with the tag of what it would hold now and the codes
     * it is written in: for BPS codes, each region's by its Kemendagri code (else null); for ministry codes,
     * each indicator's by its own code (else null).
     */
    public record Download(BulkKind kind, ExportQuery query, boolean json, Map<String, String> bpsCodes,
                           Map<String, String> ministryCodes, EntityTag tag) {
    }

    /**
     * Checks the request now (so that bad input is a 400) and tags it with the change stamp of its rows,
     * read without reading them.
     */
    public Download prepare(BulkKind kind, ExportFilters requested, boolean json, IdScheme scheme, IndicatorKey indicatorKey) {
        ExportFilters filters = requested.within(caller.listScope(requested.region()));
        ExportQuery query = kind.export(filters);
        boolean bps = scheme == IdScheme.BPS && !kind.regionColumns().isEmpty();
        Map<String, String> bpsCodes = bps ? regions.bpsCodes() : null;
        // With BPS codes the download also changes with the regions' codes.
        Object regionStamp = bps ? regions.changeStamp() : IdScheme.KEMENDAGRI;
        boolean ministry = indicatorKey == IndicatorKey.MINISTRY && !kind.indicatorColumns().isEmpty();
        Map<String, String> ministryCodes = ministry ? indicators.ministryCodes() : null;
        Object indicatorStamp = ministry ? indicators.changeStamp() : IndicatorKey.CODE;
        return new Download(kind, query, json, bpsCodes, ministryCodes, EntityTags.digest(kind.name(), json, query.sql(),
                query.parameters(), stamp(query), regionStamp, indicatorStamp));
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
        DownloadCodes values = new DownloadCodes(columns, kind, download.bpsCodes(), download.ministryCodes());
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

    /**
     * The current row's values as the download writes them: as stored, or with region codes in BPS and
     * indicator codes in the ministry's scheme. An indicator the ministry has no code for is not the
     * ministry's: its rows are left out of a download keyed by ministry codes.
     */
    private static final class DownloadCodes {

        private final boolean[] region;
        private final boolean[] indicator;
        private final Map<String, String> bpsCodes;
        private final Map<String, String> ministryCodes;

        DownloadCodes(List<String> columns, BulkKind kind, Map<String, String> bpsCodes, Map<String, String> ministryCodes) {
            this.bpsCodes = bpsCodes;
            this.ministryCodes = ministryCodes;
            region = new boolean[columns.size()];
            indicator = new boolean[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                region[i] = bpsCodes != null && kind.regionColumns().contains(columns.get(i));
                indicator[i] = ministryCodes != null && kind.indicatorColumns().contains(columns.get(i));
            }
        }

        boolean keeps(ResultSet rs) throws SQLException {
            for (int i = 0; i < indicator.length; i++) {
                if (indicator[i]) {
                    Object value = rs.getObject(i + 1);
                    if (value != null && !ministryCodes.containsKey(value.toString())) {
                        return false;
                    }
                }
            }
            return true;
        }

        Object read(ResultSet rs, int column) throws SQLException {
            Object value = rs.getObject(column + 1);
            if (value == null) {
                return null;
            }
            if (region[column]) {
                return bpsCodes.getOrDefault(value.toString(), value.toString());
            }
            return indicator[column] ? ministryCodes.get(value.toString()) : value;
        }
    }

    private static void writeCsv(ResultSet rs, List<String> columns, boolean[] textColumn, DownloadCodes values, Writer writer)
            throws SQLException, IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(columns);
        Object[] row = new Object[columns.size()];
        while (rs.next()) {
            if (!values.keeps(rs)) {
                continue;
            }
            for (int i = 0; i < row.length; i++) {
                String value = text(values.read(rs, i));
                row[i] = textColumn[i] ? SpreadsheetCells.neutralize(value) : value;
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void writeJson(ResultSet rs, List<String> columns, DownloadCodes values, Writer writer)
            throws SQLException, IOException {
        var generator = new JsonFactory().createGenerator(writer);
        generator.writeStartArray();
        while (rs.next()) {
            if (!values.keeps(rs)) {
                continue;
            }
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
