package id.kalbar.monev.program;

/** Which affairs a program belongs to: cooperatives, or micro, small and medium enterprises. */
public enum ProgramField {
    COOPERATIVE, SME
}
