package id.kalbar.monev.indicator;

import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.program.Program;

import java.util.Optional;
import java.util.Set;

/** What a write of an indicator may do: asked by the indicator API and the indicator load alike. */
public final class IndicatorRules {

    public static final Set<Role> WRITERS = Set.of(Role.ADMIN);
    public static final int NAME_MAX = 300;
    public static final int UNIT_MAX = 50;
    public static final int DATA_SOURCE_MAX = 1000;
    public static final int MINISTRY_CODE_MAX = 50;

    private IndicatorRules() {
    }

    /**
     * The program must exist; a new indicator, or one moved to another program, must go under an active
     * one (an indicator already under a program that was retired since may still be corrected).
     */
    public static Optional<Refusal> program(String code, Program program, boolean programChanging) {
        if (program == null) {
            return Optional.of(Refusal.of(RuleCode.UNKNOWN_PROGRAM, "programCode", "no program has code '" + code + "'", code));
        }
        if (programChanging && !program.active) {
            return Optional.of(Refusal.of(RuleCode.RETIRED_PROGRAM, "programCode", "program '" + code + "' is retired", code));
        }
        return Optional.empty();
    }
}
