package id.kalbar.monev.catalogue;

/**
 * How a kind of catalogue record is named in problems and the audit trail.
 *
 * @param name         "Program": for not-found problems
 * @param withArticle  "A program": for duplicate-code conflicts
 * @param auditType    the entity type of its audit events
 * @param referencedBy what may refer to it, e.g. "indicator(s)": for refused deletions
 */
public record CatalogueKind(String name, String withArticle, String auditType, String referencedBy) {
}
