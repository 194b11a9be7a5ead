package id.kalbar.monev.auth;

import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;

import java.time.Instant;

/** The filters every list of accounts takes, users and integration clients alike. */
public final class AccountFilter {

    private AccountFilter() {
    }

    /**
     * By role, region (the caller's {@link Caller#listScope}) and active flag, free text in the account's id and name fields, and changes since.
     * A role that is not one gets a 400 naming the parameter.
     */
    public static Filter of(String role, RegionScope regions, String active, String text, Instant updatedSince,
                            String idField, String nameField) {
        return regions.restrict(new Filter(), "regionCode")
                .equal("role", FilterValues.enumValue(Role.class, role, "role"))
                .equal("active", FilterValues.bool(active, "active"))
                .matches(text, idField, nameField)
                .updatedSince(updatedSince);
    }
}
