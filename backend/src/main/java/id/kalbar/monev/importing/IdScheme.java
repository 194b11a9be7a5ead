package id.kalbar.monev.importing;

/** Which codes identify regions in a file: Kemendagri (61.71) or BPS (6171). */
public enum IdScheme {
    KEMENDAGRI, BPS
}
