package id.kalbar.monev.program;

/**
 * Implemented by each feature whose records belong to a program (the indicators), so that a program
 * in use is never hard-deleted while the program feature need not know those features.
 */
public interface ProgramReferences {

    long countReferencesTo(String programCode);
}
