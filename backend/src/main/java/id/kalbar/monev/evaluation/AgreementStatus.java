package id.kalbar.monev.evaluation;

public enum AgreementStatus {
    OPEN, IN_PROGRESS, DONE
}
