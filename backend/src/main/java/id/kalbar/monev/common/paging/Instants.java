package id.kalbar.monev.common.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Instants given as query parameters: ISO-8601 in UTC, within the years a timestamp column holds. */
public final class Instants {

    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Instants() {
    }

    /** @throws IllegalArgumentException with a message for the client */
    public static Instant parse(String raw) {
        Instant instant;
        try {
            instant = Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 instant such as 2025-01-31T00:00:00Z");
        }
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new IllegalArgumentException("must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z");
        }
        return instant;
    }
}
