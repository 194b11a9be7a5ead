package id.kalbar.monev.achievement;

/** How good an achievement is, from the configured bands. */
public enum Rating {
    VERY_GOOD, GOOD, FAIR, POOR, VERY_POOR
}
