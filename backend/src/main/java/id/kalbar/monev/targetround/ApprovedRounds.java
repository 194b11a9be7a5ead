package id.kalbar.monev.targetround;

import id.kalbar.monev.targets.ApprovedTargetYears;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;

/** Tells the targets which years' rounds are approved. */
@ApplicationScoped
public class ApprovedRounds implements ApprovedTargetYears {

    private final TargetRoundRepository rounds;

    public ApprovedRounds(TargetRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public boolean isApproved(int year) {
        return rounds.count("year = ?1 and status = ?2", year, RoundStatus.APPROVED) > 0;
    }

    @Override
    public Set<Integer> approvedYears() {
        return new HashSet<>(rounds.getEntityManager()
                .createQuery("select r.year from TargetRound r where r.status = :status", Integer.class)
                .setParameter("status", RoundStatus.APPROVED).getResultList());
    }
}
