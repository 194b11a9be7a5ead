package id.kalbar.monev.common.persistence;

/**
 * A region and everything below it, as an SQL condition on a region-code column. Kemendagri codes nest by
 * prefix: a regency's code is its province's code, a dot and its own number ({@code 61} → {@code 61.71}).
 * A null root is the whole nation: the condition holds for every region.
 */
public record RegionSubtree(String root) {

    public static RegionSubtree nation() {
        return new RegionSubtree(null);
    }

    public static RegionSubtree of(String root) {
        return new RegionSubtree(root);
    }

    public boolean contains(String regionCode) {
        return root == null || regionCode.equals(root) || regionCode.startsWith(root + ".");
    }

    /** The condition on {@code column}, with the named parameters {@link #bind} fills. */
    public String sql(String column) {
        return root == null ? "TRUE" : "(" + column + " = :subtreeRoot OR " + column + " LIKE :subtreeChildren)";
    }

    public void bind(jakarta.persistence.Query query) {
        if (root != null) {
            query.setParameter("subtreeRoot", root);
            // Codes are digits and dots: nothing in them is a LIKE wildcard.
            query.setParameter("subtreeChildren", root + ".%");
        }
    }
}
