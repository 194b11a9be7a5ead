package id.kalbar.monev.targetround;

import id.kalbar.monev.targets.ApprovedTargetYears;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.Set;

/** The years whose target round is approved, for the target rules. */
@ApplicationScoped
public class ApprovedRounds implements ApprovedTargetYears {

    private final EntityManager entityManager;

    public ApprovedRounds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean isApproved(int year) {
        return entityManager.createQuery("select count(r) from TargetRound r where r.year = :year and r.status = :status", Long.class)
                .setParameter("year", year).setParameter("status", RoundStatus.APPROVED).getSingleResult() > 0;
    }

    @Override
    public Set<Integer> approvedYears() {
        return new HashSet<>(entityManager.createQuery("select r.year from TargetRound r where r.status = :status", Integer.class)
                .setParameter("status", RoundStatus.APPROVED).getResultList());
    }
}
