package id.kalbar.monev.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may read of the programs; the program feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgramQueries {

    private final ProgramRepository programs;

    public ProgramQueries(ProgramRepository programs) {
        this.programs = programs;
    }

    public Optional<Program> find(String code) {
        return programs.findByIdOptional(code);
    }

    /** Every program, retired ones included. */
    public List<Program> all() {
        return programs.listAll();
    }
}
