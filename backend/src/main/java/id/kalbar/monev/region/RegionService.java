package id.kalbar.monev.region;

import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


@ApplicationScoped
public class RegionService {

    static final SortableFields SORTABLE = SortableFields.of(
            "code", "code", "name", "name", "level", "level", "bpsCode", "bpsCode",
            "parentCode", "parentCode", "updatedAt", "updatedAt");

    private final RegionRepository regions;

    public RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RegionResponse> list(ListParams params, String level, String parentCode) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "code", "code");
        Filter filter = new Filter()
                .equal("level", FilterValues.enumValue(RegionLevel.class, level, "level"))
                .equal("parentCode", FilterValues.text(parentCode))
                .updatedSince(request.updatedSince());
        PanacheQuery<Region> query = regions.find(filter.query(), request.sort(), filter.parameters());
        long total = query.count();
        return PageResponse.of(query.page(request.panachePage()).list(), request, total, RegionResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionResponse get(String code) {
        return regions.findByIdOptional(code)
                .map(RegionResponse::from)
                .orElseThrow(() -> Problems.notFound("Region", code));
    }
}
