package id.kalbar.monev.indicator;

/**
 * Implemented by each feature whose records refer to indicators (targets, realizations, findings), so
 * that an indicator in use is never hard-deleted while the catalogue need not know those features.
 */
public interface IndicatorReferences {

    long countReferencesTo(String indicatorCode);
}
