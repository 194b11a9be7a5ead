package id.kalbar.monev.indicator;

import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.catalogue.CatalogueKind;
import id.kalbar.monev.catalogue.CatalogueService;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.program.ProgramAuthority;
import id.kalbar.monev.program.ProgramField;
import id.kalbar.monev.program.ProgramQueries;
import id.kalbar.monev.program.ProgramReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class IndicatorService extends CatalogueService<Indicator, IndicatorInput, IndicatorResponse>
        implements ProgramReferences {

    public static final String ENTITY_TYPE = "indicator";
    static final CatalogueKind KIND = new CatalogueKind("Indicator", "An indicator", ENTITY_TYPE,
            "target(s), realization(s) or finding(s)");
    static final SortableFields SORTABLE = SortableFields.of(
            "code", "code", "name", "name", "programCode", "programCode", "polarity", "polarity",
            "periodType", "periodType", "measure", "measure", "updatedAt", "updatedAt");

    private final IndicatorRepository indicators;
    private final ProgramQueries programs;
    private final Instance<IndicatorReferences> references;

    public IndicatorService(IndicatorRepository indicators, ProgramQueries programs,
                            Instance<IndicatorReferences> references, AuditLog audit, MergePatch mergePatch,
                            InputValidation validation) {
        super(KIND, IndicatorInput.class, indicators, Indicator::new, IndicatorResponse::from, audit, mergePatch, validation);
        this.indicators = indicators;
        this.programs = programs;
        this.references = references;
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
        return page(filter, request);
    }

    /** The indicators of a program: a program with indicators is retired, not deleted. */
    @Override
    public long countReferencesTo(String programCode) {
        return indicators.count("programCode", programCode);
    }

    @Override
    protected long countReferringRecords(String code) {
        return references.stream().mapToLong(r -> r.countReferencesTo(code)).sum();
    }

    /** The program rule of {@link IndicatorRules}, shared with the indicator load: a new or moved indicator needs an active program. */
    @Override
    protected Optional<Refusal> refusal(IndicatorInput input, Indicator current) {
        String programCode = input.programCode();
        if (programCode == null || programCode.isBlank()) {
            return Optional.empty(); // reported by the body's own constraints
        }
        boolean programChanging = current == null || !current.programCode.equals(programCode);
        return IndicatorRules.program(programCode, programs.find(programCode).orElse(null), programChanging);
    }

    /** Rules across fields, null-safe (missing fields are reported by the body's own constraints). */
    @Override
    protected List<FieldError> rules(IndicatorInput input, Indicator current) {
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
}
