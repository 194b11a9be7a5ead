package id.kalbar.monev.evaluation;

/** The level of government that owns an agreement or a recommendation. */
public enum ResponsibleLevel {
    PROVINCE, REGENCY, MINISTRY
}
