package id.kalbar.monev.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging, sorting and incremental-sync parameters shared by every list. Taken as text and parsed by
 * {@link ListQuery} so that a malformed value is a 400 problem naming the parameter, not a 404.
 */
public class ListParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending, e.g. `level,-name`",
            schema = @Schema(type = SchemaType.STRING))
    public String sort;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this instant (ISO-8601, UTC), for incremental sync",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;
}
