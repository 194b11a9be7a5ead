package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The problem extension rebuilds a thrown problem (to add its {@code instance}, for example); this keeps
 * the named arguments of a {@link CodedProblem} on the rebuilt one, so that its detail can be translated.
 */
@ApplicationScoped
public class ProblemArguments implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem instanceof CodedProblem || !(context.cause instanceof CodedProblem thrown)) {
            return problem;
        }
        return CodedProblem.copy(problem, thrown.arguments());
    }

    @Override
    public int priority() {
        // After every other post-processor, so no later one rebuilds the problem again.
        return Integer.MIN_VALUE;
    }
}
