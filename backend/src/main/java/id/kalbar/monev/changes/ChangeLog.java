package id.kalbar.monev.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kalbar.monev.auth.RegionScope;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the changes the database captured (V83__change_feed.sql) behind a cursor, in commit order. Only
 * committed transactions have a seq, and a transaction gets its seq only once every lower seq is visible,
 * so reading by seq never passes a change that is still to come.
 */
@ApplicationScoped
class ChangeLog {

    /**
     * Commits in seq order from the cursor's own, each with its events in id order (the rest of the cursor's
     * commit, all of the later ones): index scans that stop as soon as the page is full, even inside a bulk
     * load committed as one transaction of a million changes.
     */
    private static final String READ = """
            SELECT c.seq, e.id, e.entity_type, e.operation, e.key::text, e.region_code, e.changed_at
            FROM change_commit c
            CROSS JOIN LATERAL (
              SELECT e.id, e.entity_type, e.operation, e.key, e.region_code, e.changed_at
              FROM change_event e
              WHERE e.txid = c.txid AND e.id > CASE WHEN c.seq = ? THEN ? ELSE 0 END %s
              ORDER BY e.id LIMIT ?) e
            WHERE c.seq >= ?
            ORDER BY c.seq, e.id LIMIT ?""";
    private static final TypeReference<Map<String, Object>> KEY = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ChangeLog(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    record Change(ChangeCursor cursor, ChangeResponse response) {
    }

    /** Up to {@code limit} changes after the cursor: those of the regions in scope and the region-less ones. */
    List<Change> after(ChangeCursor cursor, int limit, RegionScope scope) throws SQLException {
        RegionScope.Predicate inScope = scope.sql("e.region_code");
        String sql = READ.formatted(scope.isNation() ? "" : "AND (e.region_code IS NULL OR " + inScope.condition() + ")");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            statement.setLong(p++, cursor.seq());
            statement.setLong(p++, cursor.id());
            for (Object value : inScope.values()) {
                statement.setObject(p++, value);
            }
            statement.setInt(p++, limit);
            statement.setLong(p++, cursor.seq());
            statement.setInt(p, limit);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changes.add(change(rs));
                }
            }
            return changes;
        }
    }

    private Change change(ResultSet rs) throws SQLException {
        ChangeCursor cursor = new ChangeCursor(rs.getLong(1), rs.getLong(2));
        return new Change(cursor, new ChangeResponse(cursor.toString(),
                ChangeEntityType.valueOf(rs.getString(3)), ChangeOperation.valueOf(rs.getString(4)),
                key(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
    }

    private Map<String, Object> key(String text) {
        try {
            return json.readValue(text, KEY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change key that is not a JSON object", e);
        }
    }
}
