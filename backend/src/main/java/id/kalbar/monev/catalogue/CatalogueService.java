package id.kalbar.monev.catalogue;

import id.kalbar.monev.auth.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.rules.Refusal;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The write path every catalogue kind shares: create, read, replace, merge patch, retire and delete,
 * each write checked against If-Match on a locked row, validated like a full replacement, and audited
 * with its before and after. A kind adds its own rules across fields and records; its input's
 * components go onto the entity fields of the same names.
 */
public abstract class CatalogueService<E extends CatalogueEntity, I extends CatalogueInput, R extends CatalogueRecord<I>> {

    private final CatalogueKind kind;
    private final Class<I> inputType;
    private final PanacheRepositoryBase<E, String> repository;
    private final Supplier<E> newEntity;
    private final Function<E, R> toRecord;
    private final AuditLog audit;
    private final MergePatch mergePatch;
    private final InputValidation validation;

    /** The catalogue is shared by every province of the deployment: only a national administrator writes it. */
    @Inject
    Caller caller;

    protected CatalogueService(CatalogueKind kind, Class<I> inputType, PanacheRepositoryBase<E, String> repository,
                               Supplier<E> newEntity, Function<E, R> toRecord, AuditLog audit, MergePatch mergePatch,
                               InputValidation validation) {
        this.kind = kind;
        this.inputType = inputType;
        this.repository = repository;
        this.newEntity = newEntity;
        this.toRecord = toRecord;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validation = validation;
    }

    /** For the client proxies CDI makes of the beans: never used to serve a call. */
    protected CatalogueService() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The rules across fields and records, null-safe; {@code current} is null when creating. */
    protected abstract List<FieldError> rules(I input, E current);

    /**
     * The refusal of a rule the kind shares with its bulk load, null-safe; alone it answers with the
     * rule's own problem type. None by default.
     */
    protected Optional<Refusal> refusal(I input, E current) {
        return Optional.empty();
    }

    /** How many records of other features refer to this one; a record in use is retired, not deleted. */
    protected abstract long countReferringRecords(String code);

    protected PageResponse<R> page(Filter filter, PageRequest request) {
        PanacheQuery<E> query = repository.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), toRecord);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public R get(String code) {
        return toRecord.apply(repository.findByIdOptional(code).orElseThrow(() -> Problems.notFound(kind.name(), code)));
    }

    @Transactional
    public R create(I input) {
        caller.requireNationalScope();
        check(input);
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw Problems.conflict(kind.withArticle() + " with code '" + input.code() + "' already exists");
        }
        R created = insert(input);
        audit.created(kind.auditType(), created.code(), created);
        return created;
    }

    /**
     * A record another deployment holds, created here under the same rules as {@link #create} when this
     * deployment lacks it. One it has is left as it is: each deployment's catalogue is its own to change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean createIfMissing(I input, String actor) {
        check(input);
        if (repository.findByIdOptional(input.code()).isPresent()) {
            return false;
        }
        audit.changedBy(actor, kind.auditType(), input.code(), AuditAction.CREATE, null, insert(input));
        return true;
    }

    private void check(I input) {
        List<FieldError> errors = rules(input, null);
        if (input.code() == null) {
            errors.add(new FieldError("code", "must not be null"));
        }
        validation.check(input, errors, refusal(input, null));
    }

    private R insert(I input) {
        E entity = newEntity.get();
        entity.code = input.code();
        CatalogueValues.copy(input, entity);
        entity.active = isActive(input);
        repository.persistAndFlush(entity);
        return toRecord.apply(entity);
    }

    @Transactional
    public R replace(String code, I input, String ifMatch) {
        caller.requireNationalScope();
        E entity = findForWrite(code, ifMatch);
        List<FieldError> errors = rules(input, entity);
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new FieldError("code", "cannot change; it must be '" + code + "' or left out"));
        }
        validation.check(input, errors, refusal(input, entity));
        return update(entity, input);
    }

    /** JSON Merge Patch onto the stored record, then the same checks as a replacement. */
    @Transactional
    public R patch(String code, JsonNode patch, String ifMatch) {
        caller.requireNationalScope();
        E entity = findForWrite(code, ifMatch);
        R current = toRecord.apply(entity);
        I merged = mergePatch.apply(current.toInput(current.active()), patch, inputType);
        List<FieldError> errors = rules(merged, entity);
        if (!code.equals(merged.code())) {
            errors.add(new FieldError("code", "cannot change"));
        }
        validation.check(merged, errors, refusal(merged, entity));
        return update(entity, merged);
    }

    /** A retired record stays readable with its history; it just takes no part in new work. */
    @Transactional
    public R retire(String code, String ifMatch) {
        caller.requireNationalScope();
        E entity = findForWrite(code, ifMatch);
        return update(entity, toRecord.apply(entity).toInput(false));
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        caller.requireNationalScope();
        E entity = findForWrite(code, ifMatch);
        long referring = countReferringRecords(code);
        if (referring > 0) {
            throw Problems.conflict(kind.name() + " '" + code + "' has " + referring + " " + kind.referencedBy()
                    + " and cannot be deleted; retire it instead");
        }
        R before = toRecord.apply(entity);
        repository.delete(entity);
        audit.deleted(kind.auditType(), code, before);
    }

    private R update(E entity, I input) {
        R before = toRecord.apply(entity);
        CatalogueValues.copy(input, entity);
        entity.active = isActive(input);
        repository.flush();
        R after = toRecord.apply(entity);
        audit.changed(kind.auditType(), entity.code, AuditAction.ofUpdate(before.active(), after.active()), before, after);
        return after;
    }

    /** Absent means active: a record is retired only on purpose. */
    private static boolean isActive(CatalogueInput input) {
        return input.active() == null || input.active();
    }

    /** Locks the row, so of two writers holding the same ETag the second always sees the first's change. */
    private E findForWrite(String code, String ifMatch) {
        E entity = repository.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound(kind.name(), code));
        Preconditions.checkIfMatch(ifMatch, toRecord.apply(entity).entityTag());
        return entity;
    }
}
