package id.kalbar.monev.program;

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
import id.kalbar.monev.indicator.IndicatorRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ProgramService {

    public static final String ENTITY_TYPE = "program";
    static final SortableFields SORTABLE = SortableFields.of(
            "code", "code", "name", "name", "field", "field", "authority", "authority",
            "startYear", "startYear", "updatedAt", "updatedAt");

    private final ProgramRepository programs;
    private final IndicatorRepository indicators;
    private final AuditLog audit;
    private final MergePatch mergePatch;
    private final InputValidation validation;

    public ProgramService(ProgramRepository programs, IndicatorRepository indicators, AuditLog audit, MergePatch mergePatch,
                          InputValidation validation) {
        this.programs = programs;
        this.indicators = indicators;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validation = validation;
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
        PanacheQuery<Program> query = programs.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), ProgramResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramResponse get(String code) {
        return ProgramResponse.from(find(code));
    }

    @Transactional
    public ProgramResponse create(ProgramInput input) {
        List<FieldError> errors = rules(input);
        if (input.code() == null) {
            errors.add(new FieldError("code", "must not be null"));
        }
        validation.check(input, errors);
        if (programs.findByIdOptional(input.code()).isPresent()) {
            throw Problems.conflict("A program with code '" + input.code() + "' already exists");
        }
        Program program = new Program();
        program.code = input.code();
        apply(input, program);
        programs.persistAndFlush(program);
        ProgramResponse created = ProgramResponse.from(program);
        audit.created(ENTITY_TYPE, program.code, created);
        return created;
    }

    @Transactional
    public ProgramResponse replace(String code, ProgramInput input, String ifMatch) {
        Program program = findForWrite(code, ifMatch);
        List<FieldError> errors = rules(input);
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new FieldError("code", "cannot change; it must be '" + code + "' or left out"));
        }
        validation.check(input, errors);
        return update(program, input);
    }

    @Transactional
    public ProgramResponse patch(String code, JsonNode patch, String ifMatch) {
        Program program = findForWrite(code, ifMatch);
        ProgramInput merged = mergePatch.apply(ProgramResponse.from(program).toInput(), patch, ProgramInput.class);
        List<FieldError> errors = rules(merged);
        if (!code.equals(merged.code())) {
            errors.add(new FieldError("code", "cannot change"));
        }
        validation.check(merged, errors);
        return update(program, merged);
    }

    /** A retired program stays readable with its history; it just no longer takes part in new rounds. */
    @Transactional
    public ProgramResponse retire(String code, String ifMatch) {
        Program program = findForWrite(code, ifMatch);
        return update(program, ProgramResponse.from(program).toInput(false));
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Program program = findForWrite(code, ifMatch);
        long referring = indicators.count("programCode", code);
        if (referring > 0) {
            throw Problems.conflict("Program '" + code + "' has " + referring
                    + " indicator(s) and cannot be deleted; retire it instead");
        }
        ProgramResponse before = ProgramResponse.from(program);
        programs.delete(program);
        audit.deleted(ENTITY_TYPE, code, before);
    }

    private ProgramResponse update(Program program, ProgramInput input) {
        ProgramResponse before = ProgramResponse.from(program);
        apply(input, program);
        programs.flush();
        ProgramResponse after = ProgramResponse.from(program);
        audit.changed(ENTITY_TYPE, program.code, AuditAction.ofUpdate(before.active(), after.active()), before, after);
        return after;
    }

    private static void apply(ProgramInput input, Program program) {
        program.name = input.name().trim();
        program.field = input.field();
        program.authority = input.authority();
        program.description = input.description();
        program.missionAlignment = input.missionAlignment();
        program.ministryAlignment = input.ministryAlignment();
        program.startYear = input.startYear();
        program.endYear = input.endYear();
        program.active = input.active() == null || input.active();
    }

    /** Rules across fields, null-safe: missing fields are reported by the body's own constraints. */
    private static List<FieldError> rules(ProgramInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.endYear() != null && input.startYear() != null && input.endYear() < input.startYear()) {
            errors.add(new FieldError("endYear", "must not be before startYear"));
        }
        return errors;
    }

    private Program find(String code) {
        return programs.findByIdOptional(code).orElseThrow(() -> Problems.notFound("Program", code));
    }

    /** Locks the row, so of two writers holding the same ETag the second always sees the first's change. */
    private Program findForWrite(String code, String ifMatch) {
        Program program = programs.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Program", code));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(program.version, program.updatedAt));
        return program;
    }
}
