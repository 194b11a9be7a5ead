package id.kalbar.monev.auth;

import id.kalbar.monev.common.paging.Filter;

import java.util.List;
import java.util.Map;

/**
 * The regions an account reaches. Kemendagri codes are hierarchical by prefix ({@code 62} is a province,
 * {@code 62.01} one of its regencies), so a scope is a code and whether the regions below it belong to it:
 * no code is the whole nation; a province code with its subtree is the province and its regencies and
 * cities; a code alone is that one region. Every region rule of the accounts is asked of this type.
 */
public final class RegionScope {

    private static final RegionScope NATION = new RegionScope(null, true);

    private final String code;
    private final boolean subtree;

    private RegionScope(String code, boolean subtree) {
        this.code = code;
        this.subtree = subtree;
    }

    public static RegionScope nation() {
        return NATION;
    }

    /** What an account bound to this region (null: to none) reads: the region and everything below it. */
    public static RegionScope of(String regionCode) {
        return regionCode == null || regionCode.isBlank() ? NATION : new RegionScope(regionCode.trim(), true);
    }

    /** One region, without the regions below it. */
    public static RegionScope only(String regionCode) {
        return new RegionScope(regionCode, false);
    }

    /**
     * Where an account writes region-bound values. An operator reports for the region it is bound to
     * alone: one bound to a province reports the province's own values, never its regencies'. Every other
     * role writes wherever it reads.
     */
    public static RegionScope forWriting(Role role, String regionCode) {
        RegionScope reach = of(regionCode);
        return role == Role.OPERATOR && !reach.isNation() ? only(reach.code) : reach;
    }

    public boolean isNation() {
        return code == null;
    }

    /** The region the scope is named after; null for the nation. */
    public String code() {
        return code;
    }

    /** A region lies in the scope when it is the scope's region or, with the subtree, below it. */
    public boolean contains(String regionCode) {
        if (isNation()) {
            return true;
        }
        if (regionCode == null) {
            return false;
        }
        return regionCode.equals(code) || (subtree && regionCode.startsWith(code + "."));
    }

    /** Whether every region of the other scope lies in this one (so this scope may hand the other out). */
    public boolean covers(RegionScope other) {
        if (isNation()) {
            return true;
        }
        if (other.isNation()) {
            return false;
        }
        return contains(other.code) && (subtree || !other.subtree);
    }

    /** For messages: the region's code, or "the nation". */
    public String describe() {
        return isNation() ? "the nation" : code;
    }

    // ---- the same rule as a query predicate, built here once ----

    /**
     * Narrows a JPQL list to the scope on a region attribute: {@code attribute = :scope OR attribute LIKE
     * :scopePrefix}; nothing for the nation.
     */
    public Filter restrict(Filter filter, String attribute) {
        if (isNation()) {
            return filter;
        }
        Predicate p = predicate(attribute, ":" + parameterName(attribute), ":" + parameterName(attribute) + "Prefix");
        return filter.where(p.condition(), p.namedParameters(parameterName(attribute)));
    }

    /**
     * The JPQL (or SQL) condition of the scope on an attribute or column with the parameters named as
     * given, and their values; {@code true} for the nation.
     */
    public Predicate predicate(String attribute, String scopeParameter, String prefixParameter) {
        if (isNation()) {
            return new Predicate("true", List.of());
        }
        if (!subtree) {
            return new Predicate(attribute + " = " + scopeParameter, List.of(code));
        }
        return new Predicate("(" + attribute + " = " + scopeParameter + " or " + attribute + " like " + prefixParameter + ")",
                List.of(code, prefix()));
    }

    /** The condition of the scope on a column with positional parameters ({@code ?}), for plain SQL. */
    public Predicate sql(String column) {
        return predicate(column, "?", "?");
    }

    /**
     * The same rule turned round, in SQL: whether the scope of an account (its region column; null for the
     * nation) contains the region given as the positional parameter, which the condition names twice.
     */
    public static String accountReachesSql(String accountRegionColumn) {
        return "(" + accountRegionColumn + " IS NULL OR " + accountRegionColumn + " = ? OR ? LIKE " + accountRegionColumn
                + " || '.%')";
    }

    /** The LIKE pattern of the regions below the scope's region (codes hold digits and dots only). */
    public String prefix() {
        return code + ".%";
    }

    /** A condition and the values of its parameters, in order. */
    public record Predicate(String condition, List<Object> values) {

        /** The values named as {@code predicate(attribute, ":" + name, ":" + name + "Prefix")} names them. */
        public Map<String, Object> namedParameters(String name) {
            if (values.isEmpty()) {
                return Map.of();
            }
            return values.size() == 1 ? Map.of(name, values.get(0)) : Map.of(name, values.get(0), name + "Prefix", values.get(1));
        }
    }

    private static String parameterName(String attribute) {
        return "scope_" + attribute.replace('.', '_');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionScope other && java.util.Objects.equals(code, other.code) && subtree == other.subtree;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, subtree);
    }

    @Override
    public String toString() {
        return isNation() ? "nation" : subtree ? code + ".*" : code;
    }
}
