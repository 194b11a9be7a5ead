package id.kalbar.monev.importing;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.indicator.IndicatorRepository;
import id.kalbar.monev.program.ProgramRepository;
import id.kalbar.monev.realization.PeriodLocks;
import id.kalbar.monev.region.RegionRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bulk loads at close to the database's own speed: rows are checked as they stream in and go straight
 * into a temporary table with COPY; set-based SQL then compares them with what is stored and merges
 * them in one statement, all in one transaction. Only the keys' 64-bit hashes stay in memory.
 */
@ApplicationScoped
public class ImportService {

    static final URI REJECTED = URI.create("urn:monev:problem:import-rejected");
    private static final int COPY_CHUNK = 1 << 16;

    private final AgroalDataSource dataSource;
    private final IndicatorRepository indicators;
    private final ProgramRepository programs;
    private final RegionRepository regions;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final long maxBytes;

    public ImportService(AgroalDataSource dataSource, IndicatorRepository indicators, ProgramRepository programs,
                         RegionRepository regions,
                         PeriodLocks locks, AuditLog audit,
                         @ConfigProperty(name = "monev.import.max-bytes") long maxBytes) {
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.programs = programs;
        this.regions = regions;
        this.locks = locks;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Loads a file for a user; the transaction may take as long as a large file needs. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "monev.import.transaction-timeout")
    public ImportSummary load(ImportKind kind, InputStream body, ImportOptions options, ImportActor actor) {
        requireRole(kind, actor);
        ImportCatalogue catalogue = new ImportCatalogue(indicators.listAll(), regions.listAll(), options.idScheme());
        KindLoader loader = switch (kind) {
            case REALIZATIONS -> new RealizationLoader(catalogue, actor, locks);
            case TARGETS -> new TargetLoader(catalogue);
            case INDICATORS -> new IndicatorLoader(programs.listAll().stream().map(p -> p.code).collect(Collectors.toSet()));
            case REGIONS -> new RegionLoader();
        };
        try {
            return load(kind, loader, new LimitedInputStream(body, maxBytes), options, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        } catch (IOException e) {
            throw Problems.validation("body", "could not be read: " + e.getMessage());
        }
    }

    private ImportSummary load(ImportKind kind, KindLoader loader, InputStream body, ImportOptions options,
                               ImportActor actor) throws SQLException, IOException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(loader.createStaging());
            // Room to hash a large file's keys in memory when comparing and merging.
            statement.execute("SET LOCAL work_mem = '64MB'");
        }
        Conflicts conflicts = new Conflicts();
        long rows = stage(loader, body, options, connection, conflicts);

        long[] counts = new long[4];
        List<Long> notEditableRows = List.of();
        String notEditableValue = null;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(loader.classify())) {
            rs.next();
            for (int i = 0; i < 4; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            Array array = rs.getArray(5);
            if (array != null) {
                notEditableRows = Arrays.stream((Long[]) array.getArray()).toList();
            }
            notEditableValue = rs.getString(6);
        }
        conflicts.addAll(loader.notWritableKind(), counts[3], notEditableRows, notEditableValue);

        boolean write = !options.dryRun() && (options.mode() == ImportMode.PARTIAL || conflicts.isEmpty());
        ImportSummary summary = new ImportSummary(kind, options.dryRun(), options.mode(), write, rows,
                counts[0], counts[2], counts[1], conflicts.total(), conflicts.summary());
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
                if (counts[3] > 0) {
                    statement.executeUpdate(loader.deleteNotEditable());
                }
                statement.execute(loader.merge());
            }
            audit.recordDetails("import", kind.pathName() + "/" + UUID.randomUUID(), AuditAction.IMPORT,
                    actor.username(), Map.of("summary", describe(summary)));
        }
        return summary;
    }

    /** Streams the file into the staging table, keeping only what the checks need. */
    private long stage(KindLoader loader, InputStream body, ImportOptions options, Connection connection,
                       Conflicts conflicts) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(loader.copyIntoStaging());
        Set<Long> seen = new HashSet<>();
        StringBuilder buffer = new StringBuilder(COPY_CHUNK + 1024);
        long rows = 0;
        try (RowSource source = options.json()
                ? new JsonRows(body, loader.columns())
                : new CsvRows(body, loader.columns(), loader.requiredColumns())) {
            for (ImportRow row = source.next(); row != null; row = source.next()) {
                rows++;
                int mark = buffer.length();
                String key = loader.stage(row, buffer, conflicts);
                if (key != null && !seen.add(ImportValues.keyHash(key))) {
                    buffer.setLength(mark);
                    conflicts.add(ConflictKind.DUPLICATE_ROW, row.number(), key.replace('|', ' '));
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

    void requireRole(ImportKind kind, ImportActor actor) {
        Role role = actor.role();
        boolean allowed = switch (kind) {
            case REALIZATIONS -> role == Role.ADMIN || role == Role.OPERATOR;
            case TARGETS -> role == Role.ADMIN || role == Role.VERIFIER;
            case INDICATORS, REGIONS -> role == Role.ADMIN;
        };
        if (!allowed) {
            throw Problems.forbidden("Your role may not load " + kind.pathName());
        }
    }

    private static Map<String, Object> describe(ImportSummary summary) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", summary.mode());
        details.put("rows", summary.rows());
        details.put("created", summary.created());
        details.put("updated", summary.updated());
        details.put("unchanged", summary.unchanged());
        details.put("rejected", summary.rejected());
        return details;
    }
}
