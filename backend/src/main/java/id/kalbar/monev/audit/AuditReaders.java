package id.kalbar.monev.audit;

import id.kalbar.monev.common.paging.Filter;

/**
 * Whose actions the reader of the audit trail may see. Implemented by the accounts, which know each
 * account's scope, so that the audit trail need not know the accounts (which themselves write to it).
 */
public interface AuditReaders {

    /** Narrows a list of entries on their actor attribute; a reader of the whole deployment sees every actor. */
    Filter restrictActors(Filter filter, String actorAttribute);
}
