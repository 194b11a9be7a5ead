package id.kalbar.monev.targets;

import java.util.Set;

/**
 * Whether a year's targets came out of an approved target round, after which only an administrator
 * changes them. Implemented by the target-round feature, which the targets need not know.
 */
public interface ApprovedTargetYears {

    boolean isApproved(int year);

    /** All approved years at once, so a bulk load asks once instead of once per row. */
    Set<Integer> approvedYears();
}
