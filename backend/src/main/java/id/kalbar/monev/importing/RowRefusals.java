package id.kalbar.monev.importing;

import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;

/** Where a kind reports why a row was refused. */
public interface RowRefusals {

    void add(RuleCode code, long row, String value);

    default void add(Refusal refusal, long row) {
        add(refusal.code(), row, refusal.value());
    }
}
