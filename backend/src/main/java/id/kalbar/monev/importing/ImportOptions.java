package id.kalbar.monev.importing;

/** How to load a file. */
record ImportOptions(boolean dryRun, ImportMode mode, IdScheme idScheme, boolean json) {
}
