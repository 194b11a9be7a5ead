package id.kalbar.monev.notification;

import id.kalbar.monev.auth.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Who is told: read-only look-ups of the active accounts by role and region. Everything that decides who
 * hears about what asks here, so the scope of a message follows the same accounts as the scope of the data.
 */
@ApplicationScoped
public class Recipients {

    private final EntityManager em;

    public Recipients(EntityManager em) {
        this.em = em;
    }

    public record Account(String username, String role, String regionCode) {

        public boolean operator() {
            return "OPERATOR".equals(role);
        }
    }

    /** The operators of a region. */
    @SuppressWarnings("unchecked")
    public List<String> operatorsOf(String regionCode) {
        return em.createNativeQuery("SELECT username FROM app_user WHERE active AND role = 'OPERATOR' AND region_code = ?1 "
                        + "ORDER BY username")
                .setParameter(1, regionCode).getResultList();
    }

    /** The active accounts with a role, e.g. every verifier. */
    @SuppressWarnings("unchecked")
    public List<String> withRole(String role) {
        return em.createNativeQuery("SELECT username FROM app_user WHERE active AND role = ?1 ORDER BY username")
                .setParameter(1, role).getResultList();
    }

    /** The active accounts with a role whose scope holds a region, e.g. the verifiers who verify it. */
    @SuppressWarnings("unchecked")
    public List<String> withRoleReaching(String role, String regionCode) {
        return em.createNativeQuery("SELECT username FROM app_user WHERE active AND role = ?1 AND "
                        + RegionScope.accountReachesSql("region_code").replace("?", "?2") + " ORDER BY username")
                .setParameter(1, role).setParameter(2, regionCode).getResultList();
    }

    /** The active accounts with a role, each with the region it is bound to (null: the whole deployment). */
    public List<Account> accountsWithRole(String role) {
        List<?> rows = em.createNativeQuery("SELECT username, role, region_code FROM app_user WHERE active AND role = ?1 "
                + "ORDER BY username").setParameter(1, role).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Account((String) r[0], (String) r[1], (String) r[2]);
        }).toList();
    }

    public Optional<Account> account(String username) {
        List<?> rows = em.createNativeQuery("SELECT username, role, region_code FROM app_user WHERE active AND username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Account((String) row[0], (String) row[1], (String) row[2]);
        });
    }

    /** The parent of a region (the province of a regency), if any. */
    public Optional<String> parentOf(String regionCode) {
        List<?> rows = em.createNativeQuery("SELECT parent_code FROM region WHERE code = ?1")
                .setParameter(1, regionCode).getResultList();
        return rows.stream().findFirst().map(p -> (String) p);
    }

    /** A region's name for messages, its code when unknown. */
    public String regionName(String regionCode) {
        if (regionCode == null) {
            return "";
        }
        List<?> rows = em.createNativeQuery("SELECT name FROM region WHERE code = ?1").setParameter(1, regionCode).getResultList();
        return rows.isEmpty() ? regionCode : (String) rows.get(0);
    }
}
