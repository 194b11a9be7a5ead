package id.kalbar.monev.program;

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
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ProgramService extends CatalogueService<Program, ProgramInput, ProgramResponse> {

    public static final String ENTITY_TYPE = "program";
    static final CatalogueKind KIND = new CatalogueKind("Program", "A program", ENTITY_TYPE, "indicator(s)");
    static final SortableFields SORTABLE = SortableFields.of(
            "code", "code", "name", "name", "field", "field", "authority", "authority",
            "startYear", "startYear", "updatedAt", "updatedAt");

    private final Instance<ProgramReferences> references;

    public ProgramService(ProgramRepository programs, Instance<ProgramReferences> references, AuditLog audit,
                          MergePatch mergePatch, InputValidation validation) {
        super(KIND, ProgramInput.class, programs, Program::new, ProgramResponse::from, audit, mergePatch, validation);
        this.references = references;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ProgramResponse> list(ListParams params, String field, String authority, String text, String active) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "code", "code");
        Filter filter = new Filter()
                .equal("field", FilterValues.enumValue(ProgramField.class, field, "field"))
                .equal("authority", FilterValues.enumValue(ProgramAuthority.class, authority, "authority"))
                .equal("active", FilterValues.bool(active, "active"))
                .matches(text, "code", "name")
                .updatedSince(request.updatedSince());
        return page(filter, request);
    }

    @Override
    protected long countReferringRecords(String code) {
        return references.stream().mapToLong(r -> r.countReferencesTo(code)).sum();
    }

    @Override
    protected List<FieldError> rules(ProgramInput input, Program current) {
        List<FieldError> errors = new ArrayList<>();
        if (input.endYear() != null && input.startYear() != null && input.endYear() < input.startYear()) {
            errors.add(new FieldError("endYear", "must not be before startYear"));
        }
        return errors;
    }
}
