package id.kalbar.monev.importing;

/** ATOMIC: one rejected row rejects the whole file. PARTIAL: valid rows are loaded, the others reported. */
public enum ImportMode {
    ATOMIC, PARTIAL
}
