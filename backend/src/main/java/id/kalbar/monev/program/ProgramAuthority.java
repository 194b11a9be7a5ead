package id.kalbar.monev.program;

/** Which level of government runs a program; each guides cooperatives and SMEs within its own authority. */
public enum ProgramAuthority {
    PROVINCE, REGENCY, SHARED
}
