package id.kalbar.monev.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a source deployment's API as its integration client: a client-credentials token, renewed before it
 * expires, then plain JSON reads. Every failure becomes a {@link SyncFailure} that says what was asked and why it failed.
 */
class SourceClient {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final String name;
    private final SyncConfig.Source source;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;
    private String token;
    private Instant tokenExpiry = Instant.MIN;

    SourceClient(String name, SyncConfig.Source source, Duration timeout, ObjectMapper mapper) {
        this.name = name;
        this.source = source;
        this.timeout = timeout;
        // The source may be a newer version with fields this one does not know: they are not ours to refuse.
        this.json = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The JSON of a GET; empty when the source answers 404 (the record is gone). */
    Optional<JsonNode> get(String path, Map<String, String> query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path, query))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET(), path);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw SyncFailure.answered(name, "GET " + path, response.statusCode(), response.body());
        }
        return Optional.of(parse(response.body(), path));
    }

    /** Every item of every page of a list endpoint. */
    List<JsonNode> list(String path, Map<String, String> query) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, String> paged = new LinkedHashMap<>(query);
            paged.put("page", Integer.toString(page));
            paged.put("size", "500");
            JsonNode answer = get(path, paged).orElseThrow(() -> SyncFailure.answered(name, "GET " + path, 404, ""));
            answer.path("items").forEach(items::add);
            if (items.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                return items;
            }
        }
    }

    <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new SyncFailure(name + ": a " + type.getSimpleName() + " the source sent could not be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry.minus(RENEW_BEFORE))) {
            return token;
        }
        String body = "grant_type=client_credentials&client_id=" + form(source.clientId())
                + "&client_secret=" + form(source.clientSecret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token", Map.of()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "/api/v1/auth/token");
        if (response.statusCode() != 200) {
            throw SyncFailure.answered(name, "sign-in as client " + source.clientId(), response.statusCode(), response.body());
        }
        JsonNode answer = parse(response.body(), "/api/v1/auth/token");
        token = answer.path("accessToken").asText(null);
        if (token == null) {
            throw new SyncFailure(name + ": the token answer carried no accessToken");
        }
        tokenExpiry = Instant.now().plusSeconds(answer.path("expiresIn").asLong(300));
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SyncFailure(name + ": " + what + " at " + source.url() + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(name + ": interrupted while asking " + what, e);
        }
    }

    private JsonNode parse(String body, String path) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new SyncFailure(name + ": " + path + " did not answer JSON", e);
        }
    }

    private URI uri(String path, Map<String, String> query) {
        String base = source.url().toString().replaceAll("/+$", "");
        String parameters = query.entrySet().stream().map(e -> form(e.getKey()) + "=" + form(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (parameters.isEmpty() ? "" : "?" + parameters));
    }

    private static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
