package id.kalbar.monev.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kalbar.monev.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invalid requests generated from the published contract, for every operation: wrong types, missing
 * and unknown fields, out-of-range numbers and dates, hostile strings, malformed JSON and files, bad
 * headers and path segments, sent as the different roles. Every answer must be a 2xx (reads only) or
 * a problem with a client-error status, and no table may change.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = 20_261_202L;
    /** Requests per operation, at least; 67 operations make well over ten thousand. */
    private static final int PER_OPERATION = 160;
    private static final int IN_FLIGHT = 6;
    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 429);
    private static final String SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text no column can store or no rule accepts: each holds a NUL character. */
    private static final List<String> UNSTORABLE = List.of(
            "\u0000", "a\u0000b", "'; DROP TABLE region;--\u0000", "<script>alert(1)</script>\u0000",
            "\uD83D\uDE00\u0000", "\u0000\u0001\u0002\u001b[31m", "Robert'); --\u0000\u007f");
    /** Text that may be valid where free text is allowed; used where the request is invalid anyway. */
    private static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "\"; SELECT pg_sleep(10);--", "<img src=x onerror=alert(1)>", "\uD83D\uDE00\uD83C\uDDEE\uD83C\uDDE9",
            "\u0001\u0002\u0003\u0008\u000b\u000c\u001f", "\u202Egnp.exe", "%00%ff", "${jndi:ldap://x/a}", "\\u0000",
            "../../../../etc/passwd", "\uFEFF", "\uD800", " ", "");
    private static final List<String> QUERY_VALUES = List.of(
            "%00", "a%00b", "%FF", "%C3%28", "-1", "0", "99999999999999999999", "2147483648", "-2147483649", "1e309",
            "NaN", "Infinity", "1.5", "true", "%5B%5D", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E",
            "%F0%9F%98%80", "+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "%2B300000-01-01T00%3A00%3A00Z",
            "-5000-01-01", "2025-02-30", "0000-01-01", "9999-12-31T23:59:59Z", "2025", "2025Q5", "2025-13", "x".repeat(3000),
            "%20", "%0A%0D", "%E2%80%AE", "-", ",", ",,-,", "-id", "id,-");
    private static final List<String> PATH_VALUES = List.of(
            "%00", "a%00", "%FF", "%C3%28", "%F0%9F%98%80", "..", "%2e%2e", "%20", "-1", "0", "99999999999999999999",
            "300000", "-5000", "2147483648", "not-a-uuid", "00000000-0000-0000-0000-00000000000g",
            "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "x".repeat(400), "61.99", "2025Q9", "2025-00", "NaN", "%E2%80%AE");
    private static final List<String> DATES = List.of(
            "+300000-01-01", "-5000-01-01", "0000-01-01", "2025-02-30", "2025-1-1", "20250101", "2025-12-31T25:00:00", "");
    private static final List<Object> NUMBERS = List.of(
            new java.math.BigDecimal("1e30"), new java.math.BigDecimal("-1e30"), new java.math.BigDecimal("1e400"),
            new java.math.BigDecimal("123456789012345678901.5"), new java.math.BigDecimal("0.000001"),
            new java.math.BigDecimal("-123456789012345678901234567890"), new java.math.BigDecimal("1.00000001"));
    private static final List<String> RAW_BODIES = List.of(
            "", "{", "}", "[]", "null", "\"x\"", "123", "{\"a\":", "{}}", "{\"a\":1,}", "{'a':1}", "{\"a\":NaN}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "\uFEFF\uFEFF{", "<xml/>");

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(SEED);
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> keys = new TreeMap<>();

    record Fuzz(String operation, String method, String path, Map<String, String> headers, byte[] body, boolean mayChange) {
    }

    record Outcome(String operation, int status, String finding) {
    }

    /**
     * Operations with no input to get wrong that change the caller's own session or inbox: signing out
     * would revoke the tokens every other test shares, and marking all read is right for any request.
     */
    private static final java.util.Set<String> SESSION_STATE = java.util.Set.of("signOut", "markAllNotificationsRead");

    @Test
    void invalidRequestsGetProblemsAndChangeNothing() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI contract = new OpenAPIV3Parser().read(SPEC, null, options);
        for (String user : List.of("admin", "verifier", "ministry", "op-6101")) {
            tokens.put(user, Tokens.of(user));
        }
        findExistingKeys();

        List<Fuzz> requests = new ArrayList<>();
        contract.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                requests.addAll(forOperation(template, method, operation))));
        contract.getPaths().forEach((template, item) -> undeclaredMethod(template, item).ifPresent(requests::add));
        Collections.shuffle(requests, random);

        Map<String, String> before = tableChecksums();
        List<Outcome> outcomes = send(requests);
        Map<String, String> after = tableChecksums();

        Map<String, Map<Integer, Integer>> perOperation = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        for (Outcome o : outcomes) {
            perOperation.computeIfAbsent(o.operation(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
            perStatus.merge(o.status(), 1, Integer::sum);
        }
        StringBuilder report = new StringBuilder("Contract fuzz (seed " + SEED + "): " + outcomes.size() + " requests\n");
        perOperation.forEach((op, statuses) -> report.append(String.format("  %-32s %s%n", op, statuses)));
        report.append("  by status: ").append(perStatus);
        System.out.println(report);

        List<String> findings = new ArrayList<>(outcomes.stream().filter(o -> o.finding() != null)
                .map(o -> o.operation() + ": " + o.finding()).distinct().limit(40).toList());
        before.forEach((table, sum) -> {
            if (!sum.equals(after.get(table))) {
                findings.add("rows of table " + table + " changed");
            }
        });
        assertTrue(findings.isEmpty(), "Findings:\n" + String.join("\n", findings));
        assertTrue(outcomes.size() >= 10_000, "only " + outcomes.size() + " requests");
        assertEquals(before.keySet(), after.keySet());
    }

    // --- generation ---------------------------------------------------------------------------------

    private List<Fuzz> forOperation(String template, PathItem.HttpMethod httpMethod, Operation operation) {
        String method = httpMethod.name();
        String id = operation.getOperationId();
        if (SESSION_STATE.contains(id)) {
            return List.of();
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        boolean importing = template.startsWith("/api/v1/imports/{kind}");
        List<Parameter> params = operation.getParameters() == null ? List.of() : operation.getParameters();
        List<Parameter> pathParams = params.stream().filter(p -> "path".equals(p.getIn())).toList();
        List<Parameter> queryParams = params.stream().filter(p -> "query".equals(p.getIn())).toList();
        Schema<?> bodySchema = jsonBodySchema(operation);
        boolean hasBody = operation.getRequestBody() != null;
        boolean open = template.equals("/api/v1/auth/token");
        List<Fuzz> out = new ArrayList<>();

        Function<Map<String, String>, String> pathWith = overrides -> {
            String path = template;
            for (Parameter p : pathParams) {
                String value = overrides.getOrDefault(p.getName(), validPathValue(template, p));
                path = path.replace("{" + p.getName() + "}", value);
            }
            return path;
        };
        String validPath = pathWith.apply(Map.of());
        String fixedQuery = importing ? "?dryRun=true&async=false" : "";

        // An invalid body for writes, so that no header or parameter case can be a valid write.
        Function<Random, byte[]> invalidBody = r -> {
            if (bodySchema != null) {
                return json(mutatedBody(bodySchema, r));
            }
            return importing ? malformedFile(r) : null;
        };
        String bodyType = importing ? "text/csv" : "application/json";

        while (out.size() < PER_OPERATION) {
            int kind = random.nextInt(10);
            String user = pickUser();
            Map<String, String> headers = new LinkedHashMap<>();
            if (!open) {
                headers.put("Authorization", "Bearer " + tokens.get(user));
            }
            byte[] body = hasBody ? invalidBody.apply(random) : null;
            if (body != null) {
                headers.put("Content-Type", bodyType);
            }
            String path = validPath + fixedQuery;
            boolean mayChange = read || importing;
            switch (kind) {
                case 0 -> { // authentication and content negotiation
                    String[] auth = {"", "Bearer", "Bearer garbage", "Basic YWRtaW46ZGVtbw==", "Bearer " + tokens.get(user) + "x",
                            "Bearer " + tokens.get(user).substring(0, 20), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
                            "bearer  " + "a".repeat(9000), "Digest username=admin"};
                    String[] accept = {"application/xml", "garbage", "text/html;q=x", "*/;", "image/png"};
                    String[] contentType = {"text/plain", "garbage", "application/json; charset=latin9", "multipart/form-data",
                            "application/x-www-form-urlencoded", "application/json; charset=ebcdic"};
                    int choice = random.nextInt(3);
                    if (choice == 0 && !open) {
                        headers.put("Authorization", auth[random.nextInt(auth.length)]);
                    } else if (choice == 1) {
                        headers.put("Accept", accept[random.nextInt(accept.length)]);
                    } else if (hasBody) {
                        String type = contentType[random.nextInt(contentType.length)];
                        headers.put("Content-Type", type);
                        if (!importing && !type.startsWith("application/json")) {
                            body = json(validBody(bodySchema));
                        }
                    } else if (!open) {
                        headers.put("Authorization", auth[random.nextInt(auth.length)]);
                    }
                }
                case 1 -> { // preconditions
                    String[] tags = {"garbage", "\"", "W/\"1-abc\"", "\"x\", ", ",", "\"1-zz\"", "*x", "\"" + "9".repeat(500) + "\""};
                    String tag = tags[random.nextInt(tags.length)];
                    if (read) {
                        headers.put("If-None-Match", tag);
                    } else if (hasBody) {
                        headers.put("If-Match", tag);
                    } else if (!open) {
                        headers.put("Authorization", "Bearer garbage");
                        headers.put("If-Match", tag);
                    }
                }
                case 2, 3 -> { // query parameters
                    if (!queryParams.isEmpty()) {
                        Parameter p = queryParams.get(random.nextInt(queryParams.size()));
                        String value = QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size()));
                        String query = p.getName() + "=" + value;
                        if (p.getName().equals("page") && random.nextBoolean()) {
                            query = "page=" + (random.nextBoolean() ? "2147483647" : "4294968") + "&size=500";
                        }
                        path = validPath + (fixedQuery.isEmpty() ? "?" : fixedQuery + "&") + query;
                    } else if (!read && !hasBody && !open) {
                        headers.put("Authorization", "Bearer " + tokens.get("ministry"));
                    }
                }
                case 4, 5 -> { // path segments
                    if (!pathParams.isEmpty()) {
                        Parameter p = pathParams.get(random.nextInt(pathParams.size()));
                        path = pathWith.apply(Map.of(p.getName(), PATH_VALUES.get(random.nextInt(PATH_VALUES.size())))) + fixedQuery;
                    } else {
                        path = validPath + "/" + PATH_VALUES.get(random.nextInt(PATH_VALUES.size())) + fixedQuery;
                    }
                }
                default -> { // bodies
                    if (importing) {
                        body = malformedFile(random);
                        if (random.nextInt(4) == 0) {
                            headers.put("Content-Type", "application/json");
                            body = malformedJsonFile(random);
                        }
                    } else if (bodySchema != null && random.nextInt(5) == 0) {
                        body = RAW_BODIES.get(random.nextInt(RAW_BODIES.size())).getBytes(StandardCharsets.UTF_8);
                        if (random.nextInt(4) == 0) {
                            body = invalidUtf8(validBody(bodySchema));
                        }
                    } else if (!read && !hasBody && !open) {
                        // An action without a body: a body where none belongs, sent by a role that may not act.
                        headers.put("Authorization", "Bearer " + tokens.get("ministry"));
                        headers.put("Content-Type", "application/json");
                        body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
                    } else if (read && !queryParams.isEmpty()) {
                        Parameter p = queryParams.get(random.nextInt(queryParams.size()));
                        path = validPath + "?" + p.getName() + "=" + URLEncoder.encode(
                                HOSTILE.get(random.nextInt(HOSTILE.size())), StandardCharsets.UTF_8);
                    }
                }
            }
            if (!read && !hasBody && !open && !headers.containsKey("Authorization")) {
                headers.put("Authorization", "Bearer garbage");
            }
            if (!read && !hasBody && !open && headers.get("Authorization").equals("Bearer " + tokens.get(user))
                    && path.equals(validPath)) {
                // A bare action on an existing record would be valid: send it as the read-only role.
                headers.put("Authorization", "Bearer " + tokens.get("ministry"));
            }
            out.add(new Fuzz(id, method, path, headers, body, mayChange));
        }
        return out;
    }

    private java.util.Optional<Fuzz> undeclaredMethod(String template, PathItem item) {
        String method = item.getPatch() == null ? "PATCH" : item.getPut() == null ? "PUT"
                : item.getDelete() == null ? "DELETE" : item.getPost() == null ? "POST" : null;
        if (method == null) {
            return java.util.Optional.empty();
        }
        String path = template.replaceAll("\\{[^}]+}", "61.01");
        return java.util.Optional.of(new Fuzz("(undeclared method)", method, path, Map.of("Authorization", "Bearer " + tokens.get("admin"),
                "Content-Type", "application/json"), "{\"zz\":1}".getBytes(StandardCharsets.UTF_8), false));
    }

    private String pickUser() {
        int r = random.nextInt(10);
        return r < 6 ? "admin" : r < 8 ? "op-6101" : r < 9 ? "verifier" : "ministry";
    }

    private static Schema<?> jsonBodySchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType media = operation.getRequestBody().getContent().get("application/json");
        if (media == null || media.getSchema() == null || operation.getRequestBody().getContent().containsKey("text/csv")) {
            return null;
        }
        return media.getSchema();
    }

    private String validPathValue(String template, Parameter p) {
        String name = p.getName();
        Schema<?> schema = p.getSchema();
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(0));
        }
        String resource = template.split("/")[3];
        String key = resource + "." + name;
        if (keys.containsKey(key)) {
            return keys.get(key);
        }
        return switch (name) {
            case "regionCode" -> "61.01";
            case "period" -> "2025Q1";
            case "year" -> "2026";
            case "id" -> UUID.randomUUID().toString();
            default -> "61.01";
        };
    }

    /** A body of the documented shape with one invalid part: the cases the contract forbids. */
    private Object mutatedBody(Schema<?> schema, Random r) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return Map.of("zzUnknown", 1);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) validBody(schema);
        List<String> names = new ArrayList<>(schema.getProperties().keySet());
        String field = names.get(r.nextInt(names.size()));
        Schema<?> property = schema.getProperties().get(field);
        // Hostile but possibly storable text in the other text fields: the body stays invalid through `field`.
        if (r.nextBoolean()) {
            for (String other : names) {
                if (!other.equals(field) && isType(schema.getProperties().get(other), "string")
                        && schema.getProperties().get(other).getEnum() == null && schema.getProperties().get(other).getFormat() == null
                        && schema.getProperties().get(other).getPattern() == null) {
                    body.put(other, HOSTILE.get(r.nextInt(HOSTILE.size())));
                }
            }
        }
        switch (r.nextInt(6)) {
            case 0 -> body.put("zzUnknown" + r.nextInt(3), HOSTILE.get(r.nextInt(HOSTILE.size())));
            case 1 -> {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                if (required.isEmpty()) {
                    body.put(field, wrongType(property, r));
                } else {
                    String gone = required.get(r.nextInt(required.size()));
                    if (r.nextBoolean()) {
                        body.remove(gone);
                    } else {
                        body.put(gone, null);
                    }
                }
            }
            case 2 -> body.put(field, wrongType(property, r));
            default -> body.put(field, outOfRange(property, r));
        }
        return body;
    }

    private Object wrongType(Schema<?> property, Random r) {
        if (isType(property, "string")) {
            return List.of(123, true, Map.of("a", 1), List.of("x"), 1.5).get(r.nextInt(5));
        }
        if (isType(property, "number") || isType(property, "integer")) {
            return List.of("abc", true, Map.of(), List.of(1), "1,5", "").get(r.nextInt(6));
        }
        if (isType(property, "boolean")) {
            return List.of("yes", 1, Map.of(), "").get(r.nextInt(4));
        }
        if (isType(property, "array")) {
            return List.of("x", Map.of("a", 1), 7, List.of(Map.of("a", List.of()))).get(r.nextInt(4));
        }
        return List.of("x", 1, List.of(), true).get(r.nextInt(4));
    }

    /** A value of the right type that no rule or column accepts. */
    private Object outOfRange(Schema<?> property, Random r) {
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return List.of("NOT_A_VALUE", "", "\u0000", "a".repeat(300)).get(r.nextInt(4));
        }
        if (isType(property, "string")) {
            if ("date".equals(property.getFormat())) {
                List<String> dates = DATES.subList(0, DATES.size() - 1);
                return dates.get(r.nextInt(dates.size()));
            }
            if ("uuid".equals(property.getFormat())) {
                return List.of("not-a-uuid", "\u0000", "00000000-0000-0000-0000-00000000000g").get(r.nextInt(3));
            }
            if (property.getMaxLength() != null && r.nextBoolean()) {
                return "\uD83D\uDE00".repeat(property.getMaxLength() / 2 + 1) + "x".repeat(property.getMaxLength());
            }
            return UNSTORABLE.get(r.nextInt(UNSTORABLE.size()));
        }
        if (isType(property, "integer")) {
            return List.of(new java.math.BigDecimal("1e20"), -2147483649L, 2147483648L, 300000, -5000, 9223372036854775807L)
                    .get(r.nextInt(6));
        }
        if (isType(property, "number")) {
            return NUMBERS.get(r.nextInt(NUMBERS.size()));
        }
        if (isType(property, "array")) {
            List<Object> huge = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                huge.add(UNSTORABLE.get(0));
            }
            return r.nextBoolean() ? huge : List.of(UNSTORABLE.get(r.nextInt(UNSTORABLE.size())));
        }
        if (isType(property, "boolean")) {
            return "\u0000";
        }
        return Map.of("zzUnknown", UNSTORABLE.get(0));
    }

    /** A plausible value for every property, from examples and types. */
    private Object validBody(Schema<?> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> body.put(name, plausible(name, property)));
        }
        return body;
    }

    private Object plausible(String name, Schema<?> property) {
        if (property.getExamples() != null && !property.getExamples().isEmpty()) {
            return property.getExamples().get(0);
        }
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return property.getEnum().get(0);
        }
        if (isType(property, "integer")) {
            return name.toLowerCase().contains("year") ? 2026 : 1;
        }
        if (isType(property, "number")) {
            return 1;
        }
        if (isType(property, "boolean")) {
            return false;
        }
        if (isType(property, "array")) {
            return List.of();
        }
        if (isType(property, "object")) {
            return validBody(property);
        }
        if ("date".equals(property.getFormat())) {
            return "2026-03-15";
        }
        if (name.toLowerCase().contains("region")) {
            return "61.01";
        }
        if (name.toLowerCase().contains("period")) {
            return "2026Q1";
        }
        return "Uji";
    }

    private static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static byte[] malformedFile(Random r) {
        String[] files = {
                "indicatorCode,regionCode,period,value,note\n\"unterminated,61.01,2025Q1,1,x\n",
                "indicatorCode,indicatorCode,period,value\nA,B,2025Q1,1\n",
                "indicatorCode,regionCode,period,value\nA,61.01\nB,61.01,2025Q1,1,extra,extra\n",
                "indicatorCode,regionCode,period,value\nA\u0000,61.01,2025Q1,1e999999999\n",
                "indicatorCode,regionCode,period,value\nA,61.01,+300000-01,-1e30\n",
                "indicatorCode,regionCode,period,value,note\nA,61.01,2025Q1,1," + "x".repeat(100_000) + "\n",
                "\uFEFFindicatorCode,regionCode,period,value\n,,,\n",
                "",
                "\n\n\n",
                "code,name,level\n61.99,\u0001\u0002\u001b,REGENCY\n",
                "\"a\"\"b,c\nd\n",
        };
        byte[] file = files[r.nextInt(files.length)].getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(4) == 0) {
            file = invalidUtf8InRows(file);
        }
        return file;
    }

    /** Bytes that are not UTF-8 after the header line. */
    private static byte[] invalidUtf8InRows(byte[] file) {
        int at = 0;
        while (at < file.length && file[at] != '\n') {
            at++;
        }
        at = Math.min(at + 1, file.length);
        byte[] out = new byte[file.length + 3];
        System.arraycopy(file, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        out[at + 2] = (byte) 0xFF;
        System.arraycopy(file, at, out, at + 3, file.length - at);
        return out;
    }

    private static byte[] malformedJsonFile(Random r) {
        String[] files = {"[", "{\"rows\":", "[1,2,3]", "[{\"value\":\"x\"}]", "[{\"indicatorCode\":{}}]", "null", "[null]",
                "[{\"value\":1e999999999}]", "[{\"note\":\"\\u0000\"}]", "{}", "\"x\""};
        return files[r.nextInt(files.length)].getBytes(StandardCharsets.UTF_8);
    }

    /** The body with bytes that are not UTF-8 inside a string. */
    private static byte[] invalidUtf8(Object body) {
        return invalidUtf8(json(body));
    }

    private static byte[] invalidUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = Math.max(0, text.indexOf("Uji"));
        byte[] out = new byte[bytes.length + 3];
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = (byte) 0xC3;
        out[prefix.length + 1] = (byte) 0x28;
        out[prefix.length + 2] = (byte) 0xFF;
        byte[] rest = text.substring(at).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(rest, 0, out, prefix.length + 3, Math.min(rest.length, out.length - prefix.length - 3));
        return out;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- existing records, so that requests reach the checks behind the lookups ------------------

    private void findExistingKeys() {
        first("/api/v1/indicators", item -> keys.put("indicators.code", item.path("code").asText()));
        first("/api/v1/programs", item -> keys.put("programs.code", item.path("code").asText()));
        first("/api/v1/regions", item -> keys.put("regions.code", item.path("code").asText()));
        first("/api/v1/realizations", item -> {
            keys.put("realizations.indicatorCode", item.path("indicatorCode").asText());
            keys.put("realizations.regionCode", item.path("regionCode").asText());
            keys.put("realizations.period", item.path("period").asText());
        });
        first("/api/v1/targets", item -> {
            keys.put("targets.indicatorCode", item.path("indicatorCode").asText());
            keys.put("targets.regionCode", item.path("regionCode").asText());
            keys.put("targets.year", item.path("year").asText());
        });
        first("/api/v1/findings", item -> keys.put("findings.id", item.path("id").asText()));
        first("/api/v1/meetings", item -> keys.put("meetings.id", item.path("id").asText()));
        first("/api/v1/target-rounds", item -> keys.put("target-rounds.year", item.path("year").asText()));
        if (keys.containsKey("target-rounds.year")) {
            first("/api/v1/target-rounds/" + keys.get("target-rounds.year") + "/proposals", item -> {
                keys.put("target-rounds.indicatorCode", item.path("indicatorCode").asText());
                keys.put("target-rounds.regionCode", item.path("regionCode").asText());
            });
        }
        if (keys.containsKey("findings.id")) {
            first("/api/v1/findings/" + keys.get("findings.id") + "/recommendations",
                    item -> keys.put("recommendations.id", item.path("id").asText()));
        }
    }

    private void first(String path, java.util.function.Consumer<JsonNode> use) {
        String body = RestAssured.given().header("Authorization", "Bearer " + tokens.get("admin"))
                .queryParam("size", 1).get(path).then().statusCode(200).extract().asString();
        try {
            JsonNode items = JSON.readTree(body).path("items");
            if (items.size() > 0) {
                use.accept(items.get(0));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- sending and judging ----------------------------------------------------------------------

    private List<Outcome> send(List<Fuzz> requests) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + RestAssured.port;
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Fuzz fuzz : requests) {
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create(base + fuzz.path())).timeout(Duration.ofSeconds(60));
            } catch (IllegalArgumentException notAUri) {
                outcomes.add(new Outcome(fuzz.operation(), 0, null));
                continue;
            }
            fuzz.headers().forEach(builder::header);
            builder.method(fuzz.method(), fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
            inFlight.acquire();
            all.add(client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> {
                        inFlight.release();
                        outcomes.add(judge(fuzz, response, error));
                        return null;
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return List.copyOf(outcomes);
    }

    private static Outcome judge(Fuzz fuzz, HttpResponse<String> response, Throwable error) {
        String label = fuzz.method() + " " + abbreviate(fuzz.path());
        if (error != null) {
            return new Outcome(fuzz.operation(), -1, label + " failed: " + error);
        }
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return new Outcome(fuzz.operation(), status, status + " for " + label + " " + abbreviate(body));
        }
        if (status < 400) {
            boolean fine = fuzz.method().equals("GET") || fuzz.method().equals("HEAD") || fuzz.mayChange();
            return new Outcome(fuzz.operation(), status, fine ? null : status + " for an invalid write " + label + " "
                    + fuzz.headers().keySet() + " " + abbreviate(fuzz.body() == null ? "" : new String(fuzz.body(), StandardCharsets.UTF_8)));
        }
        if (!CLIENT_ERRORS.contains(status)) {
            return new Outcome(fuzz.operation(), status, "unexpected status " + status + " for " + label);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean oauthError = fuzz.operation().equals("issueToken") && type.startsWith("application/json")
                && body.contains("\"error\"");
        if (oauthError) {
            return new Outcome(fuzz.operation(), status, null); // RFC 6749 §5.2 error of the client-credentials grant
        }
        if (!type.startsWith("application/problem+json")) {
            return new Outcome(fuzz.operation(), status, status + " without a problem (" + type + ") for " + label);
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return new Outcome(fuzz.operation(), status, "problem without status/title for " + label + ": " + abbreviate(body));
            }
        } catch (Exception e) {
            return new Outcome(fuzz.operation(), status, "unreadable problem for " + label + ": " + abbreviate(body));
        }
        for (String leak : List.of("Exception", "org.hibernate", "java.", "SQLState", "ERROR: ", "at id.kalbar")) {
            if (body.contains(leak)) {
                return new Outcome(fuzz.operation(), status, "internals (" + leak + ") in the answer to " + label);
            }
        }
        return new Outcome(fuzz.operation(), status, null);
    }

    private static String abbreviate(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 160 ? clean.substring(0, 160) + "…" : clean;
    }

    /** An md5 of every row of every table, in a stable order. */
    private Map<String, String> tableChecksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }
}
