package id.kalbar.monev.client;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.AccountClock;
import id.kalbar.monev.auth.AccountFilter;
import id.kalbar.monev.auth.AccountKind;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionBinding;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.auth.TokenStates;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Integration clients: created, rotated and revoked by administrators, each within its own scope. */
@ApplicationScoped
public class ClientService {

    public static final String ENTITY_TYPE = "client";
    static final SortableFields SORTABLE = SortableFields.of(
            "clientId", "clientId", "name", "name", "role", "role", "regionCode", "regionCode", "active", "active",
            "updatedAt", "updatedAt");

    private final ClientRepositories.Clients clients;
    private final ClientRepositories.Secrets secrets;
    private final RegionBinding regionBinding;
    private final TokenStates tokenStates;
    private final AuditLog audit;
    private final InputValidation validation;
    private final AccountClock clock;
    private final Duration overlap;
    private final Caller caller;

    public ClientService(ClientRepositories.Clients clients, ClientRepositories.Secrets secrets, RegionBinding regionBinding,
                         TokenStates tokenStates, AuditLog audit, InputValidation validation, AccountClock clock,
                         @ConfigProperty(name = "monev.clients.secret-overlap", defaultValue = "PT24H") Duration overlap,
                         Caller caller) {
        this.caller = caller;
        this.clients = clients;
        this.secrets = secrets;
        this.regionBinding = regionBinding;
        this.tokenStates = tokenStates;
        this.audit = audit;
        this.validation = validation;
        this.clock = clock;
        this.overlap = overlap;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ClientResponse> list(ListParams params, String role, String regionCode, String active, String text) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "name", "clientId");
        Filter filter = AccountFilter.of(role, caller.listScope(regionCode), active, text, request.updatedSince(), "clientId", "name");
        PanacheQuery<IntegrationClient> query = clients.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), this::response);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientResponse get(String clientId) {
        IntegrationClient client = clients.findByClientId(clientId).orElseThrow(() -> Problems.notFound("Client", clientId));
        caller.requireAccountWithin(client.regionCode);
        return response(client);
    }

    @Transactional
    public ClientCredentialsResponse create(ClientInput input) {
        String regionCode = input.regionCode() == null || input.regionCode().isBlank() ? null : input.regionCode().trim();
        List<FieldError> errors = new ArrayList<>();
        if (input.role() != null && input.role() != Role.MINISTRY && input.role() != Role.OPERATOR) {
            errors.add(new FieldError("role", "must be MINISTRY or OPERATOR: people's roles are for user accounts"));
        } else {
            errors.addAll(regionBinding.check(input.role(), regionCode));
        }
        validation.check(input, errors);
        caller.requireAccountWithin(regionCode);
        IntegrationClient client = new IntegrationClient();
        client.clientId = SecretHashes.newClientId();
        client.name = input.name().trim();
        client.role = input.role();
        client.regionCode = regionCode;
        clients.persistAndFlush(client);
        String secret = addSecret(client);
        ClientResponse created = response(client);
        audit.created(ENTITY_TYPE, client.clientId, created);
        return new ClientCredentialsResponse(created, secret);
    }

    /**
     * Issues a new secret. The previous ones keep working for the configured overlap, so the client's
     * deployment can switch without a gap; tokens already issued keep working until they expire.
     */
    @Transactional
    public ClientCredentialsResponse rotateSecret(String clientId, String ifMatch) {
        IntegrationClient client = findForWrite(clientId, ifMatch);
        if (!client.active) {
            throw Problems.conflict("Client '" + clientId + "' is revoked; create a new client instead");
        }
        ClientResponse before = response(client);
        Instant overlapEnd = clock.now().plus(overlap);
        for (ClientSecret stored : secrets.of(client.id)) {
            if (stored.expiresAt == null || stored.expiresAt.isAfter(overlapEnd)) {
                stored.expiresAt = overlapEnd;
            }
        }
        String secret = addSecret(client);
        client.markChanged(); // the ETag changes with the client's secrets
        clients.flush();
        ClientResponse after = response(client);
        audit.changed(ENTITY_TYPE, clientId, AuditAction.SECRET_ROTATION, before, after);
        return new ClientCredentialsResponse(after, secret);
    }

    /** The client can no longer get tokens, and the tokens it holds stop working at once. */
    @Transactional
    public void revoke(String clientId, String ifMatch) {
        IntegrationClient client = findForWrite(clientId, ifMatch);
        if (!client.active) {
            return;
        }
        ClientResponse before = response(client);
        Instant now = clock.now();
        client.active = false;
        client.revokedAt = now;
        client.tokenVersion++;
        secrets.of(client.id).forEach(stored -> stored.expiresAt = now);
        clients.flush();
        tokenStates.changed(AccountKind.CLIENT, client.id.toString());
        audit.changed(ENTITY_TYPE, clientId, AuditAction.REVOKE, before, response(client));
    }

    private String addSecret(IntegrationClient client) {
        String secret = SecretHashes.newSecret();
        ClientSecret stored = new ClientSecret();
        stored.id = UUID.randomUUID();
        stored.clientRowId = client.id;
        stored.secretHash = SecretHashes.hash(secret);
        stored.createdAt = clock.now();
        secrets.persist(stored);
        return secret;
    }

    private ClientResponse response(IntegrationClient client) {
        Instant now = clock.now();
        Instant previousSecretExpiresAt = client.active
                ? secrets.of(client.id).stream().map(s -> s.expiresAt).filter(Objects::nonNull)
                        .filter(now::isBefore).max(Comparator.naturalOrder()).orElse(null)
                : null;
        return new ClientResponse(client.clientId, client.name, client.role, client.regionCode, client.active,
                client.revokedAt, previousSecretExpiresAt, client.createdAt, client.updatedAt, client.version);
    }

    private IntegrationClient findForWrite(String clientId, String ifMatch) {
        IntegrationClient client = clients.findByClientIdForUpdate(clientId)
                .orElseThrow(() -> Problems.notFound("Client", clientId));
        caller.requireAccountWithin(client.regionCode);
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(client.version, client.updatedAt));
        return client;
    }
}
