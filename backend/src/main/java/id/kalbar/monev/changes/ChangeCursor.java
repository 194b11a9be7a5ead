package id.kalbar.monev.changes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the feed: the commit sequence number of the last change read and its id inside the
 * commit. Written as {@code <seq>-<id>}; clients treat it as opaque and pass back what they were given.
 */
record ChangeCursor(long seq, long id) {

    static final ChangeCursor START = new ChangeCursor(0, 0);
    static final String INVALID = "must be a cursor returned by the change feed";

    /** At most 18 digits each, so every accepted number fits a bigint and nothing overflows into a 500. */
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    /** The start of the feed when none is given; empty when the text is no cursor of this feed. */
    static Optional<ChangeCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(START);
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }

    @Override
    public String toString() {
        return seq + "-" + id;
    }
}
