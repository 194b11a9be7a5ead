package id.kalbar.monev.importing;

/** Which code names an indicator in a download: its own (2.17.06.01) or the ministry's ({@code ministryCode}). */
public enum IndicatorKey {
    CODE, MINISTRY
}
