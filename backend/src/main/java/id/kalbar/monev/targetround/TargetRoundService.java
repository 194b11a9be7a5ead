package id.kalbar.monev.targetround;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.problem.WorkflowProblems;
import id.kalbar.monev.indicator.Aggregation;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.indicator.Polarity;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.realization.Realization;
import id.kalbar.monev.realization.RealizationQueries;
import id.kalbar.monev.realization.RealizationStatus;
import id.kalbar.monev.realization.RealizedValues;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;
import id.kalbar.monev.region.RegionQueries;
import id.kalbar.monev.targets.TargetService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Next year's targets: regions propose, the system suggests from the history and flags what needs a
 * second look, the province accepts, adjusts or returns, and approval turns the agreed values into
 * targets in one transaction.
 */
@ApplicationScoped
public class TargetRoundService {

    public static final String ROUND_TYPE = "target-round";
    public static final String PROPOSAL_TYPE = "target-proposal";
    static final int HISTORY_YEARS = 3;
    static final SortableFields SORTABLE = SortableFields.of("indicatorCode", "indicatorCode", "regionCode", "regionCode",
            "status", "status", "value", "value", "updatedAt", "updatedAt");

    private final TargetRoundRepository rounds;
    private final TargetProposalRepository proposals;
    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final RealizationQueries realizations;
    private final TargetService targets;
    private final ReportingCalendar calendar;
    private final AuditLog audit;
    private final Caller caller;

    @Inject
    Event<TargetRoundEvents.RoundOpened> opened;

    @Inject
    Event<TargetRoundEvents.ProposalReviewed> reviewed;
    private final BigDecimal tolerance;

    public TargetRoundService(TargetRoundRepository rounds, TargetProposalRepository proposals, IndicatorQueries indicators,
                              RegionQueries regions, RealizationQueries realizations, TargetService targets,
                              ReportingCalendar calendar,
                              AuditLog audit, Caller caller,
                              @ConfigProperty(name = "monev.target-round.flag-tolerance", defaultValue = "0.25") BigDecimal tolerance) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.indicators = indicators;
        this.regions = regions;
        this.realizations = realizations;
        this.targets = targets;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
        this.tolerance = tolerance;
    }

    // ---- rounds ----

    @Transactional
    public RoundRecords.RoundResponse open(RoundRecords.RoundInput input) {
        requireWholeDeployment();
        if (rounds.findByIdOptional(input.year()).isPresent()) {
            throw Problems.conflict("target-round-exists", "A target round for " + input.year() + " already exists",
                    "year", input.year());
        }
        TargetRound round = new TargetRound();
        round.year = input.year();
        round.deadline = input.deadline();
        round.status = RoundStatus.OPEN;
        round.openedBy = caller.username();
        rounds.persistAndFlush(round);
        RoundRecords.RoundResponse created = toResponse(round);
        audit.created(ROUND_TYPE, String.valueOf(round.year), withoutComparison(created));
        opened.fire(new TargetRoundEvents.RoundOpened(round.year, round.deadline, caller.username()));
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RoundRecords.RoundResponse> list(ListParams params) {
        PageRequest request = ListQuery.parse(params, SortableFields.of("year", "year"), "-year", "year");
        PanacheQuery<TargetRound> query = rounds.findAll(request.sort());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), this::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundRecords.RoundResponse get(int year) {
        return toResponse(rounds.require(year, LockModeType.NONE));
    }

    /** Closes proposing: the province reviews what came in. */
    @Transactional
    public RoundRecords.RoundResponse startReview(int year) {
        requireWholeDeployment();
        TargetRound round = rounds.require(year, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(round, RoundStatus.OPEN, "Only an open round goes under review");
        return changeRound(round, r -> r.status = RoundStatus.UNDER_REVIEW);
    }

    /** Turns every accepted or adjusted proposal into that year's target, all or nothing. */
    @Transactional
    public RoundRecords.RoundResponse approve(int year) {
        requireWholeDeployment();
        TargetRound round = rounds.require(year, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(round, RoundStatus.UNDER_REVIEW, "Only a round under review is approved");
        List<TargetProposal> agreed = proposals.find("year = ?1 and status in ?2 order by indicatorCode, regionCode", year,
                        List.of(ProposalStatus.ACCEPTED, ProposalStatus.ADJUSTED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (TargetProposal proposal : agreed) {
            targets.setAgreed(proposal.indicatorCode, proposal.regionCode, year, proposal.agreedValue);
        }
        return changeRound(round, r -> {
            r.status = RoundStatus.APPROVED;
            r.approvedBy = caller.username();
            r.approvedAt = Instant.now();
        });
    }

    /**
     * A round is one per year for every region of the deployment, and its approval writes the targets of
     * them all: only an administrator of the whole deployment moves it. Proposals are each region's.
     */
    private void requireWholeDeployment() {
        caller.requireNationalScope("round-scope", "opens, closes or approves a target round, which spans the whole "
                + "deployment");
    }

    // ---- proposals ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RoundRecords.ProposalResponse> proposals(int year, ListParams params, String indicator,
                                                                 String program, String region, String status, String flagged) {
        rounds.require(year, LockModeType.NONE);
        PageRequest request = ListQuery.parse(params, SORTABLE, "indicatorCode,regionCode", "regionCode");
        Boolean onlyFlagged = FilterValues.bool(flagged, "flagged");
        Filter filter = caller.listScope(region).restrict(new Filter(), "regionCode")
                .equal("year", year)
                .equal("indicatorCode", FilterValues.text(indicator))
                .equal("status", FilterValues.enumValue(ProposalStatus.class, status, "status"))
                .where("indicatorCode in (select i.code from Indicator i where i.programCode = :program)", "program",
                        FilterValues.text(program))
                .where(Boolean.TRUE.equals(onlyFlagged) ? "flags <> :none" : "flags = :none", "none",
                        onlyFlagged == null ? null : "")
                .updatedSince(request.updatedSince());
        PanacheQuery<TargetProposal> query = proposals.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(),
                RoundRecords.ProposalResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundRecords.ProposalResponse proposal(int year, String indicatorCode, String regionCode) {
        rounds.require(year, LockModeType.NONE);
        caller.requireRegion(regionCode);
        TargetProposal.Key key = new TargetProposal.Key(year, indicatorCode, regionCode);
        return proposals.findByIdOptional(key).map(RoundRecords.ProposalResponse::from)
                .orElseThrow(() -> Problems.notFound("Proposal", key.toString()));
    }

    @Transactional
    public RoundRecords.ProposalResponse propose(int year, String indicatorCode, String regionCode,
                                                 RoundRecords.ProposalInput input, String ifMatch) {
        TargetRound round = rounds.require(year, LockModeType.PESSIMISTIC_READ);
        Indicator indicator = indicators.require(indicatorCode);
        Region region = regions.require(regionCode);
        caller.requireWritable(regionCode);
        if (!ReportingRegions.hasTargets(indicator, region)) {
            throw Problems.validation("regionCode", "indicator " + indicatorCode + " has targets for the province only");
        }
        TargetProposal.Key key = new TargetProposal.Key(year, indicatorCode, regionCode);
        TargetProposal proposal = proposals.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        boolean returned = proposal != null && proposal.status == ProposalStatus.RETURNED;
        if (round.status == RoundStatus.APPROVED || (round.status == RoundStatus.UNDER_REVIEW && !returned)) {
            throw WorkflowProblems.wrongState("The round for " + year + " is " + round.status
                    + "; proposals change only while it is open, or when the province returned them");
        }
        if (caller.isOperator() && round.status == RoundStatus.OPEN && calendar.today().isAfter(round.deadline)) {
            throw WorkflowProblems.wrongState("The deadline for proposals was " + round.deadline);
        }
        RoundRecords.ProposalResponse before = proposal == null ? null : RoundRecords.ProposalResponse.from(proposal);
        if (before != null) {
            Preconditions.checkIfMatch(ifMatch, RoundRecords.ProposalResponse.tag(before));
        }
        if (proposal == null) {
            proposal = new TargetProposal();
            proposal.year = year;
            proposal.indicatorCode = indicatorCode;
            proposal.regionCode = regionCode;
        }
        Suggestion.Result suggestion = suggest(indicator, region, year);
        proposal.value = input.value();
        proposal.justification = input.justification();
        proposal.status = ProposalStatus.PROPOSED;
        proposal.agreedValue = null;
        proposal.proposedBy = caller.username();
        proposal.suggestedValue = suggestion.value();
        proposal.suggestionBasis = suggestion.basis();
        proposal.flags = flags(indicator, input.value(), suggestion).stream().map(Enum::name).collect(Collectors.joining(","));
        if (before == null) {
            proposals.persist(proposal);
        }
        proposals.flush();
        RoundRecords.ProposalResponse after = RoundRecords.ProposalResponse.from(proposal);
        if (before == null) {
            audit.created(PROPOSAL_TYPE, key.toString(), after);
        } else {
            audit.changed(PROPOSAL_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        }
        return after;
    }

    @Transactional
    public RoundRecords.ProposalResponse review(int year, String indicatorCode, String regionCode, ProposalStatus outcome,
                                                BigDecimal value, String reason, String ifMatch) {
        TargetRound round = rounds.require(year, LockModeType.PESSIMISTIC_READ);
        if (round.status == RoundStatus.APPROVED) {
            throw WorkflowProblems.wrongState("The round for " + year + " is approved");
        }
        TargetProposal.Key key = new TargetProposal.Key(year, indicatorCode, regionCode);
        caller.requireRegion(regionCode);
        TargetProposal proposal = proposals.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Proposal", key.toString()));
        RoundRecords.ProposalResponse before = RoundRecords.ProposalResponse.from(proposal);
        Preconditions.checkIfMatch(ifMatch, RoundRecords.ProposalResponse.tag(before));
        proposal.status = outcome;
        proposal.reviewedBy = caller.username();
        proposal.reviewReason = reason == null ? null : reason.trim();
        proposal.agreedValue = switch (outcome) {
            case ACCEPTED -> proposal.value;
            case ADJUSTED -> value;
            default -> null;
        };
        proposals.flush();
        RoundRecords.ProposalResponse after = RoundRecords.ProposalResponse.from(proposal);
        audit.changed(PROPOSAL_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        reviewed.fire(new TargetRoundEvents.ProposalReviewed(year, indicatorCode, regionCode, outcome, proposal.agreedValue,
                proposal.reviewReason, caller.username()));
        return after;
    }

    // ---- suggestion ----

    /** The suggestion for a region (for the province of a rolled-up indicator: the regions rolled up). */
    Suggestion.Result suggest(Indicator indicator, Region region, int year) {
        List<Realization> past = realizations.ofYears(indicator.code, year - HISTORY_YEARS, year,
                List.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED));
        boolean rollUp = region.level == RegionLevel.PROVINCE && Aggregation.rollsUpRegions(indicator.regionAggregation);
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        past.stream()
                .filter(r -> rollUp ? RegionScope.of(region.code).contains(r.regionCode) : r.regionCode.equals(region.code))
                .collect(Collectors.groupingBy(r -> r.year))
                .forEach((y, values) -> {
                    if (rollUp) {
                        List<BigDecimal> perRegion = values.stream().collect(Collectors.groupingBy(r -> r.regionCode))
                                .values().stream()
                                .map(list -> Aggregation.overTime(indicator.timeAggregation, RealizedValues.inTimeOrder(list)))
                                .toList();
                        byYear.put(y, Aggregation.overRegions(indicator.regionAggregation, perRegion));
                    } else {
                        byYear.put(y, Aggregation.overTime(indicator.timeAggregation, RealizedValues.inTimeOrder(values)));
                    }
                });
        return Suggestion.suggest(indicator.polarity, byYear, indicator.rangeLow, indicator.rangeHigh);
    }

    List<ProposalFlag> flags(Indicator indicator, BigDecimal value, Suggestion.Result suggestion) {
        List<ProposalFlag> flags = new ArrayList<>();
        BigDecimal suggested = suggestion.value();
        if (suggested != null && suggested.signum() != 0
                && value.subtract(suggested).abs().compareTo(suggested.abs().multiply(tolerance)) > 0) {
            flags.add(ProposalFlag.FAR_FROM_SUGGESTION);
        }
        BigDecimal last = suggestion.lastRealization();
        if (last != null && indicator.polarity == Polarity.HIGHER_IS_BETTER && value.compareTo(last) < 0) {
            flags.add(ProposalFlag.BELOW_LAST_REALIZATION);
        }
        if (last != null && indicator.polarity == Polarity.LOWER_IS_BETTER && value.compareTo(last) > 0) {
            flags.add(ProposalFlag.ABOVE_LAST_REALIZATION);
        }
        return flags;
    }

    // ---- helpers ----

    private RoundRecords.RoundResponse changeRound(TargetRound round, Consumer<TargetRound> change) {
        RoundRecords.RoundResponse before = withoutComparison(toResponse(round));
        change.accept(round);
        rounds.flush();
        RoundRecords.RoundResponse after = toResponse(round);
        audit.changed(ROUND_TYPE, String.valueOf(round.year), AuditAction.UPDATE, before, withoutComparison(after));
        return after;
    }

    private static void requireStatus(TargetRound round, RoundStatus expected, String detail) {
        if (round.status != expected) {
            throw WorkflowProblems.wrongState(detail + " (this one is " + round.status + ")");
        }
    }

    private RoundRecords.RoundResponse toResponse(TargetRound round) {
        List<TargetProposal> all = proposals.list("year", Sort.by("indicatorCode"), round.year);
        Map<String, Region> regionByCode = regions.all().stream().collect(Collectors.toMap(r -> r.code, r -> r));
        List<RoundRecords.Comparison> comparison = new ArrayList<>();
        all.stream().collect(Collectors.groupingBy(p -> p.indicatorCode, TreeMap::new, Collectors.toList()))
                .forEach((code, list) -> {
                    Indicator indicator = indicators.require(code);
                    BigDecimal province = list.stream()
                            .filter(p -> regionByCode.get(p.regionCode).level == RegionLevel.PROVINCE)
                            .map(TargetRoundService::currentValue).findFirst().orElse(null);
                    List<BigDecimal> regional = list.stream()
                            .filter(p -> regionByCode.get(p.regionCode).level != RegionLevel.PROVINCE)
                            .map(TargetRoundService::currentValue).filter(Objects::nonNull).toList();
                    comparison.add(new RoundRecords.Comparison(code, indicator.regionAggregation, province,
                            Aggregation.overRegions(indicator.regionAggregation, regional),
                            regional.size()));
                });
        return new RoundRecords.RoundResponse(round.year, round.deadline, round.status, round.openedBy, round.approvedBy,
                round.approvedAt, all.size(), comparison, round.createdAt, round.updatedAt, round.version);
    }

    private static BigDecimal currentValue(TargetProposal p) {
        return p.agreedValue != null ? p.agreedValue : p.value;
    }

    private static RoundRecords.RoundResponse withoutComparison(RoundRecords.RoundResponse r) {
        return new RoundRecords.RoundResponse(r.year(), r.deadline(), r.status(), r.openedBy(), r.approvedBy(),
                r.approvedAt(), 0, List.of(), r.createdAt(), r.updatedAt(), r.version());
    }
}
