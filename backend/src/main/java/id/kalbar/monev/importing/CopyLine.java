package id.kalbar.monev.importing;

/** Builds one line of PostgreSQL's CSV COPY format. */
public final class CopyLine {

    private CopyLine() {
    }

    public static void field(StringBuilder line, Object value) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != '\n') {
            line.append(',');
        }
        if (value == null) {
            return; // unquoted empty = NULL
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && !text.isEmpty()) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    public static void end(StringBuilder line) {
        line.append('\n');
    }
}
