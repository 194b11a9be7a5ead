package id.kalbar.monev.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.problem.ValidationProblems;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) onto a record. The caller then validates the patched record exactly like
 * a full replacement, so a PATCH can never store what a PUT would refuse.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;

    public MergePatch(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw Problems.validation("body", "must be a JSON object (RFC 7396 merge patch)");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (MismatchedInputException e) {
            throw ValidationProblems.fromMismatchedInput(e);
        } catch (JsonProcessingException e) {
            throw Problems.validation("body", "is not a valid merge patch");
        }
        return result;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
