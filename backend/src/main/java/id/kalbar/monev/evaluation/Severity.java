package id.kalbar.monev.evaluation;

public enum Severity {
    LOW, MEDIUM, HIGH
}
