package id.kalbar.monev.targets;

import java.util.Set;

/**
 * Which years' targets were approved in a target round: the round feature answers, the target rules
 * ask (so that targets need not know rounds).
 */
public interface ApprovedTargetYears {

    boolean isApproved(int year);

    Set<Integer> approvedYears();
}
