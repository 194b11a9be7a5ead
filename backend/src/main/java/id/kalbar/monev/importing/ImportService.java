package id.kalbar.monev.importing;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.rules.RuleCode;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bulk loads at close to the database's own speed: rows are checked as they stream in and go straight
 * into a temporary table with COPY; set-based SQL then compares them with what is stored, writes each
 * changed record's history and merges them, all in one transaction. Only the keys' 64-bit hashes stay
 * in memory. What a row may do is the kind's (its feature's) business; this is the engine.
 */
@ApplicationScoped
public class ImportService {

    static final URI REJECTED = URI.create("urn:monev:problem:import-rejected");
    private static final int COPY_CHUNK = 1 << 16;

    private final AgroalDataSource dataSource;
    private final AuditLog audit;
    private final Map<String, BulkKind> kinds;
    private final long maxBytes;

    public ImportService(AgroalDataSource dataSource, AuditLog audit, @All List<BulkKind> kinds,
                         @ConfigProperty(name = "monev.import.max-bytes") long maxBytes) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.kinds = kinds.stream().collect(Collectors.toMap(BulkKind::name, k -> k, (a, b) -> a, TreeMap::new));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Every kind, those loaded most often first. */
    public List<BulkKind> kinds() {
        return kinds.values().stream().sorted(Comparator.comparingInt(BulkKind::listPosition)).toList();
    }

    /** The kind a path names; 404 when there is none. */
    public BulkKind kind(String name) {
        BulkKind kind = name == null ? null : kinds.get(name.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw Problems.notFound("Import kind", name);
        }
        return kind;
    }

    /** Loads a file for a user; the transaction may take as long as a large file needs. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "monev.import.transaction-timeout")
    public ImportSummary load(BulkKind kind, InputStream body, ImportOptions options, ImportActor actor) {
        requireRole(kind, actor);
        KindLoader loader = kind.loader(actor, options.idScheme());
        try {
            return load(kind, loader, new LimitedInputStream(body, maxBytes), options, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        } catch (IOException e) {
            throw Problems.validation("body", "could not be read: " + e.getMessage());
        }
    }

    private ImportSummary load(BulkKind kind, KindLoader loader, InputStream body, ImportOptions options,
                               ImportActor actor) throws SQLException, IOException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(loader.createStaging());
            // Room to hash a large file's keys in memory when comparing and merging.
            statement.execute("SET LOCAL work_mem = '64MB'");
        }
        Conflicts conflicts = new Conflicts();
        long rows = stage(kind, loader, body, options, connection, conflicts);

        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long refusedByStored = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(classify(loader))) {
            while (rs.next()) {
                String refusal = rs.getString(1);
                boolean stored = rs.getBoolean(2);
                boolean changed = rs.getBoolean(3);
                long count = rs.getLong(4);
                if (refusal != null) {
                    Array array = rs.getArray(5);
                    List<Long> refusedRows = array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
                    conflicts.addAll(RuleCode.valueOf(refusal), count, refusedRows, rs.getString(6));
                    refusedByStored += count;
                } else if (!stored) {
                    created += count;
                } else if (changed) {
                    updated += count;
                } else {
                    unchanged += count;
                }
            }
        }

        boolean write = !options.dryRun() && (options.mode() == ImportMode.PARTIAL || conflicts.isEmpty());
        UUID importId = write ? UUID.randomUUID() : null;
        ImportSummary summary = new ImportSummary(kind.name().toUpperCase(Locale.ROOT), options.dryRun(), options.mode(),
                write, rows, created, updated, unchanged, conflicts.total(), conflicts.summary(), importId);
        if (!options.dryRun() && !write) {
            throw HttpProblem.builder()
                    .withType(REJECTED)
                    .withStatus(422)
                    .withTitle("Import rejected")
                    .withDetail(conflicts.total() + " of " + rows + " rows were rejected, so nothing was loaded; "
                            + "fix them, or load the valid rows with mode=PARTIAL")
                    .with("summary", summary)
                    .build();
        }
        if (write) {
            try (Statement statement = connection.createStatement()) {
                if (refusedByStored > 0) {
                    statement.executeUpdate(deleteRefused(loader));
                }
            }
            // Each record's own history first (it reads the stored values before the merge changes them).
            audit.recordImportChanges(connection, importId, loader.entityType(), loader.auditRows());
            try (Statement statement = connection.createStatement()) {
                statement.execute(loader.merge());
            }
            audit.recordImport("import", kind.name() + "/" + importId, actor.username(), importId,
                    Map.of("summary", describe(summary)));
        }
        return summary;
    }

    /**
     * One row per outcome: the refusing rule (or null), whether the record is stored, whether the row
     * changes it, the count, and for refusals the first row numbers and the first value.
     */
    private static String classify(KindLoader loader) {
        List<KindLoader.StoredRule> rules = loader.storedRules();
        String refusal = rules.isEmpty() ? "NULL::text" : "CASE " + rules.stream()
                .map(r -> "WHEN " + r.condition() + " THEN '" + r.code().name() + "'")
                .collect(Collectors.joining(" ")) + " END";
        String value = rules.isEmpty() ? "NULL::text" : "CASE " + rules.stream()
                .map(r -> "WHEN " + r.condition() + " THEN " + r.value())
                .collect(Collectors.joining(" ")) + " END";
        return "SELECT refusal, stored, changed, count(*), "
                + "(array_agg(row_no ORDER BY row_no) FILTER (WHERE refusal IS NOT NULL))[1:" + Conflicts.MAX_ROWS_LISTED + "], "
                + "min(value) FROM (SELECT s.row_no, " + refusal + " AS refusal, " + value + " AS value, "
                + "coalesce(" + loader.stored() + ", false) AS stored, "
                + "coalesce(" + loader.stored() + " AND (" + loader.changed() + "), false) AS changed FROM " + loader.join()
                + ") x GROUP BY refusal, stored, changed";
    }

    private static String deleteRefused(KindLoader loader) {
        String any = loader.storedRules().stream().map(r -> "(" + r.condition() + ")").collect(Collectors.joining(" OR "));
        return "DELETE FROM " + loader.staging() + " d WHERE d.row_no IN (SELECT s.row_no FROM " + loader.join()
                + " WHERE " + any + ")";
    }

    /** Streams the file into the staging table, keeping only what the checks need. */
    private long stage(BulkKind kind, KindLoader loader, InputStream body, ImportOptions options, Connection connection,
                       Conflicts conflicts) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + loader.staging() + " FROM STDIN (FORMAT csv)");
        Set<Long> seen = new HashSet<>();
        StringBuilder buffer = new StringBuilder(COPY_CHUNK + 1024);
        long rows = 0;
        try (RowSource source = options.json()
                ? new JsonRows(body, kind.columns())
                : new CsvRows(body, kind.columns(), kind.requiredColumns(), kind.textColumns())) {
            for (ImportRow row = source.next(); row != null; row = source.next()) {
                rows++;
                if (row.malformed()) {
                    conflicts.add(RuleCode.MALFORMED_ROW, row.number(), null);
                    continue;
                }
                int mark = buffer.length();
                String key = loader.stage(row, buffer, conflicts);
                if (key != null && !seen.add(ImportValues.keyHash(key))) {
                    buffer.setLength(mark);
                    conflicts.add(RuleCode.DUPLICATE_ROW, row.number(), key.replace('|', ' '));
                }
                if (buffer.length() >= COPY_CHUNK) {
                    write(copy, buffer);
                }
            }
            write(copy, buffer);
            copy.endCopy();
        } catch (RuntimeException | IOException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        return rows;
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    void requireRole(BulkKind kind, ImportActor actor) {
        if (!kind.loaders().contains(actor.role())) {
            throw Problems.forbidden("Your role may not load " + kind.name());
        }
        if (kind.sharedCatalogue() && !actor.scope().isNation()) {
            throw Problems.forbidden("catalogue-scope", "Only an administrator of the whole deployment loads the "
                    + "shared catalogue (" + kind.name() + "); this account is bound to " + actor.scope().describe());
        }
    }

    private static Map<String, Object> describe(ImportSummary summary) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("importId", summary.importId());
        details.put("mode", summary.mode());
        details.put("rows", summary.rows());
        details.put("created", summary.created());
        details.put("updated", summary.updated());
        details.put("unchanged", summary.unchanged());
        details.put("rejected", summary.rejected());
        return details;
    }
}
