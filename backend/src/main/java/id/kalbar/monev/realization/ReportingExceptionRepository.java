package id.kalbar.monev.realization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportingExceptionRepository implements PanacheRepositoryBase<ReportingException, ReportingExceptionKey> {
}
