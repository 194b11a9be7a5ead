package id.kalbar.monev.indicator;

import id.kalbar.monev.common.period.PeriodType;
import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.program.ProgramAuthority;
import id.kalbar.monev.program.ProgramField;
import id.kalbar.monev.program.ProgramRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class IndicatorService {

    public static final String ENTITY_TYPE = "indicator";
    static final SortableFields SORTABLE = SortableFields.of(
            "code", "code", "name", "name", "programCode", "programCode", "polarity", "polarity",
            "periodType", "periodType", "measure", "measure", "updatedAt", "updatedAt");

    private final IndicatorRepository indicators;
    private final ProgramRepository programs;
    private final Instance<IndicatorReferences> references;
    private final AuditLog audit;
    private final MergePatch mergePatch;
    private final InputValidation validation;

    public IndicatorService(IndicatorRepository indicators, ProgramRepository programs,
                            Instance<IndicatorReferences> references, AuditLog audit, MergePatch mergePatch,
                            InputValidation validation) {
        this.indicators = indicators;
        this.programs = programs;
        this.references = references;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<IndicatorResponse> list(ListParams params, IndicatorFilters filters) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "code", "code");
        Filter filter = new Filter()
                .equal("programCode", FilterValues.text(filters.program))
                .equal("polarity", FilterValues.enumValue(Polarity.class, filters.polarity, "polarity"))
                .equal("periodType", FilterValues.enumValue(PeriodType.class, filters.periodType, "periodType"))
                .equal("measure", FilterValues.enumValue(Measure.class, filters.measure, "measure"))
                .equal("active", FilterValues.bool(filters.active, "active"))
                .where("programCode in (select p.code from Program p where p.field = :field)", "field",
                        FilterValues.enumValue(ProgramField.class, filters.field, "field"))
                .where("programCode in (select p.code from Program p where p.authority = :authority)", "authority",
                        FilterValues.enumValue(ProgramAuthority.class, filters.authority, "authority"))
                .matches(filters.text, "code", "name")
                .updatedSince(request.updatedSince());
        PanacheQuery<Indicator> query = indicators.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), IndicatorResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorResponse get(String code) {
        return IndicatorResponse.from(find(code));
    }

    @Transactional
    public IndicatorResponse create(IndicatorInput input) {
        List<FieldError> errors = rules(input);
        if (input.code() == null) {
            errors.add(new FieldError("code", "must not be null"));
        }
        validation.check(input, errors, program(input, true));
        if (indicators.findByIdOptional(input.code()).isPresent()) {
            throw Problems.conflict("An indicator with code '" + input.code() + "' already exists");
        }
        Indicator indicator = new Indicator();
        indicator.code = input.code();
        apply(input, indicator);
        indicators.persistAndFlush(indicator);
        IndicatorResponse created = IndicatorResponse.from(indicator);
        audit.created(ENTITY_TYPE, indicator.code, created);
        return created;
    }

    @Transactional
    public IndicatorResponse replace(String code, IndicatorInput input, String ifMatch) {
        Indicator indicator = findForWrite(code, ifMatch);
        List<FieldError> errors = rules(input);
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new FieldError("code", "cannot change; it must be '" + code + "' or left out"));
        }
        validation.check(input, errors, program(input, !indicator.programCode.equals(input.programCode())));
        return update(indicator, input);
    }

    @Transactional
    public IndicatorResponse patch(String code, JsonNode patch, String ifMatch) {
        Indicator indicator = findForWrite(code, ifMatch);
        IndicatorInput merged = mergePatch.apply(IndicatorResponse.from(indicator).toInput(), patch, IndicatorInput.class);
        List<FieldError> errors = rules(merged);
        if (!code.equals(merged.code())) {
            errors.add(new FieldError("code", "cannot change"));
        }
        validation.check(merged, errors, program(merged, !indicator.programCode.equals(merged.programCode())));
        return update(indicator, merged);
    }

    /** A retired indicator stays readable with its targets and realizations; it is no longer reported. */
    @Transactional
    public IndicatorResponse retire(String code, String ifMatch) {
        Indicator indicator = findForWrite(code, ifMatch);
        return update(indicator, IndicatorResponse.from(indicator).toInput(false));
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Indicator indicator = findForWrite(code, ifMatch);
        long referring = references.stream().mapToLong(r -> r.countReferencesTo(code)).sum();
        if (referring > 0) {
            throw Problems.conflict("Indicator '" + code + "' has " + referring
                    + " target(s), realization(s) or finding(s) and cannot be deleted; retire it instead");
        }
        IndicatorResponse before = IndicatorResponse.from(indicator);
        indicators.delete(indicator);
        audit.deleted(ENTITY_TYPE, code, before);
    }

    private IndicatorResponse update(Indicator indicator, IndicatorInput input) {
        IndicatorResponse before = IndicatorResponse.from(indicator);
        apply(input, indicator);
        indicators.flush();
        IndicatorResponse after = IndicatorResponse.from(indicator);
        audit.changed(ENTITY_TYPE, indicator.code, AuditAction.ofUpdate(before.active(), after.active()), before, after);
        return after;
    }

    private static void apply(IndicatorInput input, Indicator indicator) {
        indicator.programCode = input.programCode();
        indicator.name = input.name().trim();
        indicator.unit = input.unit().trim();
        indicator.measure = input.measure();
        indicator.polarity = input.polarity();
        indicator.periodType = input.periodType();
        indicator.timeAggregation = input.timeAggregation();
        indicator.regionAggregation = input.regionAggregation();
        indicator.baselineYear = input.baselineYear();
        indicator.baselineValue = input.baselineValue();
        indicator.rangeLow = input.rangeLow();
        indicator.rangeHigh = input.rangeHigh();
        indicator.dataSource = input.dataSource();
        indicator.ministryCode = input.ministryCode();
        indicator.active = input.active() == null || input.active();
    }

    /** The program rule of {@link IndicatorRules}, shared with the indicator load; {@code programChanging}: new or moved. */
    private Optional<Refusal> program(IndicatorInput input, boolean programChanging) {
        String programCode = input.programCode();
        if (programCode == null || programCode.isBlank()) {
            return Optional.empty(); // reported by the body's own constraints
        }
        return IndicatorRules.program(programCode, programs.findById(programCode), programChanging);
    }

    /** Rules across fields, null-safe (missing fields are reported by the body's own constraints). */
    private List<FieldError> rules(IndicatorInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.polarity() == Polarity.RANGE) {
            if (input.rangeLow() == null) {
                errors.add(new FieldError("rangeLow", "is required for a RANGE indicator"));
            }
            if (input.rangeHigh() == null) {
                errors.add(new FieldError("rangeHigh", "is required for a RANGE indicator"));
            }
            if (input.rangeLow() != null && input.rangeHigh() != null && input.rangeLow().compareTo(input.rangeHigh()) > 0) {
                errors.add(new FieldError("rangeHigh", "must not be below rangeLow"));
            }
        } else if (input.polarity() != null && (input.rangeLow() != null || input.rangeHigh() != null)) {
            String field = input.rangeLow() != null ? "rangeLow" : "rangeHigh";
            errors.add(new FieldError(field, "applies only to RANGE indicators"));
        }
        if ((input.baselineYear() == null) != (input.baselineValue() == null)) {
            errors.add(new FieldError(input.baselineYear() == null ? "baselineYear" : "baselineValue",
                    "baselineYear and baselineValue go together"));
        }
        return errors;
    }

    private Indicator find(String code) {
        return indicators.findByIdOptional(code).orElseThrow(() -> Problems.notFound("Indicator", code));
    }

    /** Locks the row, so of two writers holding the same ETag the second always sees the first's change. */
    private Indicator findForWrite(String code, String ifMatch) {
        Indicator indicator = indicators.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Indicator", code));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(indicator.version, indicator.updatedAt));
        return indicator;
    }
}
