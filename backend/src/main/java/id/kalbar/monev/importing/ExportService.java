package id.kalbar.monev.importing;

import com.fasterxml.jackson.core.JsonFactory;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.realization.RealizationStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads in the columns the imports take, streamed from a database cursor: an export loaded back
 * changes nothing.
 */
@ApplicationScoped
public class ExportService {

    private static final int FETCH_SIZE = 5000;

    private final AgroalDataSource dataSource;
    private final Caller caller;

    public ExportService(AgroalDataSource dataSource, Caller caller) {
        this.dataSource = dataSource;
        this.caller = caller;
    }

    public record ExportFilters(String indicator, String program, String region, String year, String periodFrom,
                                String periodTo, String status) {
    }

    /** Checks the request now (so that bad input is a 400), and returns the body to stream. */
    public StreamingOutput export(ImportKind kind, ExportFilters filters, boolean json) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        condition(where, parameters, "indicator_code = ?", FilterValues.text(filters.indicator()));
        condition(where, parameters, "indicator_code IN (SELECT code FROM indicator WHERE program_code = ?)",
                FilterValues.text(filters.program()));
        condition(where, parameters, "region_code = ?", caller.scopeRegionFilter(filters.region()));
        condition(where, parameters, "year = ?", YearParam.parse(filters.year(), "year"));
        String sql;
        List<String> columns;
        if (kind == ImportKind.REALIZATIONS) {
            condition(where, parameters, "period_start >= ?", period(filters.periodFrom(), "periodFrom", true));
            condition(where, parameters, "period_start <= ?", period(filters.periodTo(), "periodTo", false));
            RealizationStatus status = FilterValues.enumValue(RealizationStatus.class, filters.status(), "status");
            condition(where, parameters, "status = ?", status == null ? null : status.name());
            columns = RealizationLoader.COLUMNS;
            sql = "SELECT indicator_code, region_code, period, value, note FROM realization" + where
                    + " ORDER BY indicator_code, region_code, period_start";
        } else if (kind == ImportKind.REGIONS) {
            columns = RegionLoader.COLUMNS;
            sql = "SELECT code, bps_code, name, level, parent_code FROM region ORDER BY code";
            parameters.clear();
        } else if (kind == ImportKind.INDICATORS) {
            columns = IndicatorLoader.COLUMNS;
            sql = "SELECT code, program_code, name, unit, measure, polarity, period_type, time_aggregation, region_aggregation, "
                    + "baseline_year, baseline_value, range_low, range_high, data_source, ministry_code FROM indicator"
                    + (filters.program() == null ? "" : " WHERE program_code = ?") + " ORDER BY code";
            parameters.clear();
            if (filters.program() != null) {
                parameters.add(filters.program().trim());
            }
        } else {
            columns = TargetLoader.COLUMNS;
            sql = "SELECT indicator_code, region_code, year, value FROM target" + where + " ORDER BY indicator_code, region_code, year";
        }
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
                            writeJson(rs, columns, writer);
                        } else {
                            writeCsv(rs, columns, writer);
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

    private static void writeCsv(ResultSet rs, List<String> columns, Writer writer) throws SQLException, IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(columns);
        Object[] row = new Object[columns.size()];
        while (rs.next()) {
            for (int i = 0; i < row.length; i++) {
                row[i] = text(rs.getObject(i + 1));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void writeJson(ResultSet rs, List<String> columns, Writer writer) throws SQLException, IOException {
        var generator = new JsonFactory().createGenerator(writer);
        generator.writeStartArray();
        while (rs.next()) {
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object value = rs.getObject(i + 1);
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

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            parameters.add(value);
        }
    }

    private static Date period(String text, String parameter, boolean start) {
        String value = FilterValues.text(text);
        if (value == null) {
            return null;
        }
        Period period = Period.parse(value).orElseThrow(() ->
                Problems.validation(parameter, "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        return Date.valueOf(start ? period.firstDay() : period.lastDay());
    }
}
