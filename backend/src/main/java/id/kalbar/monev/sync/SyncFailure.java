package id.kalbar.monev.sync;

/** A run of a source that could not go on; its message is what administrators see as the source's last error. */
class SyncFailure extends RuntimeException {

    private static final int BODY_SHOWN = 300;

    SyncFailure(String message) {
        super(message);
    }

    SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static SyncFailure answered(String source, String what, int status, String body) {
        String shown = body == null ? "" : body.strip();
        if (shown.length() > BODY_SHOWN) {
            shown = shown.substring(0, BODY_SHOWN) + "…";
        }
        return new SyncFailure(source + ": " + what + " answered " + status + (shown.isEmpty() ? "" : ": " + shown));
    }
}
