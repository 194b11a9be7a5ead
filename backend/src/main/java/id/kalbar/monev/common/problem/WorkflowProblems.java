package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;

/** 409 problems of the reporting workflow, typed so that scripts can tell them apart. */
public final class WorkflowProblems {

    public static final URI WRONG_STATE = URI.create("urn:monev:problem:workflow-state");
    public static final URI PERIOD_LOCKED = URI.create("urn:monev:problem:period-locked");

    private WorkflowProblems() {
    }

    public static HttpProblem wrongState(String detail) {
        return HttpProblem.builder()
                .withType(WRONG_STATE)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Not allowed in the current state")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem periodLocked(String period, LocalDate deadline) {
        return CodedProblem.of(Response.Status.CONFLICT, "period-locked")
                .title("Period locked")
                .detail("The reporting deadline of " + period + " was " + deadline
                        + "; an administrator can grant your region an exception")
                .arg("period", period)
                .arg("deadline", deadline)
                .build();
    }
}
