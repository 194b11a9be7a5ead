package id.kalbar.monev.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, String> {
}
