package id.kalbar.monev.auth;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
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
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** People's accounts, managed by administrators, each within its own scope. */
@ApplicationScoped
public class UserService {

    public static final URI USERNAME_TAKEN = URI.create("urn:monev:problem:username-taken");
    public static final URI LAST_ADMINISTRATOR = URI.create("urn:monev:problem:last-administrator");
    static final SortableFields SORTABLE = SortableFields.of(
            "username", "username", "displayName", "displayName", "role", "role", "regionCode", "regionCode",
            "active", "active", "updatedAt", "updatedAt");

    private final UserAccountRepository users;
    private final RegionBinding regionBinding;
    private final PasswordHasher hasher;
    private final PasswordChecks passwordChecks;
    private final TokenStates tokenStates;
    private final AuditLog audit;
    private final MergePatch mergePatch;
    private final InputValidation validation;
    private final Caller caller;

    public UserService(UserAccountRepository users, RegionBinding regionBinding, PasswordHasher hasher,
                       PasswordChecks passwordChecks, TokenStates tokenStates, AuditLog audit, MergePatch mergePatch,
                       InputValidation validation, Caller caller) {
        this.caller = caller;
        this.users = users;
        this.regionBinding = regionBinding;
        this.hasher = hasher;
        this.passwordChecks = passwordChecks;
        this.tokenStates = tokenStates;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<UserResponse> list(ListParams params, String role, String regionCode, String active, String text) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "username", "username");
        Filter filter = AccountFilter.of(role, caller.listScope(regionCode), active, text, request.updatedSince(), "username", "displayName");
        PanacheQuery<UserAccount> query = users.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), UserResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserResponse get(String username) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> Problems.notFound("User", username));
        caller.requireAccountWithin(user.regionCode);
        return UserResponse.from(user);
    }

    @Transactional
    public UserCredentialsResponse create(UserInput input) {
        String username = input.username() == null ? null : input.username().trim();
        UserInput trimmed = new UserInput(username, input.displayName(), input.role(), blankToNull(input.regionCode()));
        validation.check(trimmed, new ArrayList<>(regionBinding.check(trimmed.role(), trimmed.regionCode())));
        caller.requireAccountWithin(trimmed.regionCode());
        if (users.findByUsername(username).isPresent()) {
            throw usernameTaken(username);
        }
        String temporaryPassword = TemporaryPasswords.generate();
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = trimmed.displayName().trim();
        user.role = trimmed.role();
        user.regionCode = trimmed.regionCode();
        user.passwordHash = passwordChecks.run(() -> hasher.hash(temporaryPassword));
        user.mustChangePassword = true;
        users.persistAndFlush(user);
        UserResponse created = UserResponse.from(user);
        audit.created(AuthService.USER_ENTITY, user.username, created);
        return new UserCredentialsResponse(created, temporaryPassword);
    }

    /**
     * Changes display name, role, region or {@code active}. Another role or region, or deactivation,
     * withdraws the user's tokens at once. The last active administrator keeps that role and stays active.
     */
    @Transactional
    public UserResponse patch(String username, JsonNode patch, String ifMatch) {
        UserAccount user = findForWrite(username, ifMatch);
        UserResponse before = UserResponse.from(user);
        UserUpdate merged = mergePatch.apply(before.toUpdate(), patch, UserUpdate.class);
        merged = new UserUpdate(merged.displayName(), merged.role(), blankToNull(merged.regionCode()), merged.active());
        validation.check(merged, new ArrayList<>(regionBinding.check(merged.role(), merged.regionCode())));
        caller.requireAccountWithin(merged.regionCode());
        boolean staysAdministrator = merged.role() == Role.ADMIN && merged.active();
        if (user.role == Role.ADMIN && user.active && !staysAdministrator
                && users.otherActiveAdministratorsForUpdate(user.id).isEmpty()) {
            throw HttpProblem.builder()
                    .withType(LAST_ADMINISTRATOR)
                    .withStatus(Response.Status.CONFLICT)
                    .withTitle("Last administrator")
                    .withDetail("'" + user.username + "' is the last active administrator: make someone else an "
                            + "administrator first")
                    .build();
        }
        boolean withdrawTokens = user.role != merged.role() || !Objects.equals(user.regionCode, merged.regionCode())
                || (user.active && !merged.active());
        user.displayName = merged.displayName().trim();
        user.role = merged.role();
        user.regionCode = merged.regionCode();
        user.active = merged.active();
        if (withdrawTokens) {
            user.tokenVersion++;
        }
        users.flush();
        tokenStates.changed(AccountKind.USER, user.id.toString());
        UserResponse after = UserResponse.from(user);
        audit.changed(AuthService.USER_ENTITY, user.username, AuditAction.ofUpdate(before.active(), after.active()),
                before, after);
        return after;
    }

    /** A new temporary password: the old one and every token stop working, and the user must choose their own. */
    @Transactional
    public UserCredentialsResponse resetPassword(String username, String ifMatch) {
        UserAccount user = findForWrite(username, ifMatch);
        UserResponse before = UserResponse.from(user);
        String temporaryPassword = TemporaryPasswords.generate();
        user.passwordHash = passwordChecks.run(() -> hasher.hash(temporaryPassword));
        user.mustChangePassword = true;
        user.tokenVersion++;
        users.flush();
        tokenStates.changed(AccountKind.USER, user.id.toString());
        UserResponse after = UserResponse.from(user);
        audit.changed(AuthService.USER_ENTITY, user.username, AuditAction.PASSWORD_RESET, before, after);
        return new UserCredentialsResponse(after, temporaryPassword);
    }

    private UserAccount findForWrite(String username, String ifMatch) {
        UserAccount user = users.findByUsernameForUpdate(username).orElseThrow(() -> Problems.notFound("User", username));
        caller.requireAccountWithin(user.regionCode);
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(user.version, user.updatedAt));
        return user;
    }

    static HttpProblem usernameTaken(String username) {
        return HttpProblem.builder()
                .withType(USERNAME_TAKEN)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Username taken")
                .withDetail("The username '" + username + "' is already in use (usernames are compared regardless of case)")
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
