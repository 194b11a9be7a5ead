package id.kalbar.monev.audit;

import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.Instants;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

@ApplicationScoped
public class AuditEventService {

    static final SortableFields SORTABLE = SortableFields.of(
            "occurredAt", "occurredAt", "actor", "actor", "entityType", "entityType", "entityKey", "entityKey");

    private final AuditTrail trail;

    private final AuditReaders readers;

    public AuditEventService(AuditTrail trail, AuditReaders readers) {
        this.trail = trail;
        this.readers = readers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEventResponse> list(ListParams params, String entityType, String entityKey, String actor, String since) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "-occurredAt", "id");
        Filter filter = readers.restrictActors(new Filter(), "actor")
                .equal("entityType", FilterValues.text(entityType))
                .equal("entityKey", FilterValues.text(entityKey))
                .equal("actor", FilterValues.text(actor))
                .where("occurredAt >= :since", "since", parseSince(since));
        PanacheQuery<AuditTrailEntry> query = trail.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), AuditEventResponse::from);
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instants.parse(since);
        } catch (IllegalArgumentException e) {
            throw Problems.validation("since", e.getMessage());
        }
    }
}
