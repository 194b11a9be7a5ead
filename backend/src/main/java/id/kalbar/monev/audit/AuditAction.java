package id.kalbar.monev.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, RETIRE, REACTIVATE, DELETE,
    /** Reporting workflow steps. */
    SUBMIT, VERIFY, RETURN, REOPEN,
    /** A bulk load: one event per file, with its summary. */
    IMPORT,
    /** Accounts: a user chose a new password; an administrator reset one; a client's secret was rotated or the client revoked. */
    PASSWORD_CHANGE, PASSWORD_RESET, SECRET_ROTATION, REVOKE;

    /** An update that switches a record's {@code active} flag is a retirement or a reactivation. */
    public static AuditAction ofUpdate(boolean wasActive, boolean isActive) {
        if (wasActive && !isActive) {
            return RETIRE;
        }
        return !wasActive && isActive ? REACTIVATE : UPDATE;
    }
}
