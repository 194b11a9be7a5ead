package id.kalbar.monev.changes;

public enum ChangeOperation {
    CREATE, UPDATE, DELETE
}
