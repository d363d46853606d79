package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.praxis.TestAccounts.Member;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API over real HTTP with a personal access token made on the member's profile page. */
public class ApiClient {

    private static final Pattern SECRET = Pattern.compile("value=\"(praxis_[A-Za-z0-9_-]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, content type and parsed body (null when empty). */
    public record Answer(int status, String contentType, JsonNode body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final int port;
    private final String token;

    private ApiClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public static ApiClient as(TestAccounts accounts, Member member, int port) {
        return new ApiClient(port, tokenOf(accounts, member));
    }

    /** A client sending this bearer token (any text: a made-up or malformed one too); null sends none. */
    public static ApiClient withToken(int port, String token) {
        return new ApiClient(port, token);
    }

    /** A new personal access token of the member, made on their tokens page as they would. */
    public static String tokenOf(TestAccounts accounts, Member member) {
        Browser browser = accounts.signedIn(member);
        String page = Browser.body(browser.submit("/profile/tokens", "/profile/tokens", "name", "test"));
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("token secret shown").isTrue();
        return m.group(1);
    }

    /** The bearer token, for requests this client does not make itself (downloads). */
    public String token() {
        return token;
    }

    public Answer get(String path) {
        return call("GET", path, null);
    }

    public Answer post(String path, String json) {
        return call("POST", path, json);
    }

    /** Posts one file as multipart/form-data under the given field name. */
    public Answer upload(String path, String field, String filename, String contentType, byte[] bytes) {
        return upload(path, java.util.Map.of(), field, filename, contentType, bytes);
    }

    /** Posts text fields and one file as multipart/form-data. */
    public Answer upload(String path, java.util.Map<String, String> fields, String field, String filename,
                         String contentType, byte[] bytes) {
        String boundary = "----praxis" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Answer call(String method, String path, String json) {
        return call(method, path, json, java.util.Map.of());
    }

    /** A request with extra headers (an Idempotency-Key, a language). */
    public Answer call(String method, String path, String json, java.util.Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isEmpty() || !isJson(response) ? null : JSON.readTree(response.body()), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files come back as themselves; only JSON answers are parsed. */
    private static boolean isJson(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("application/json");
        return type.contains("json");
    }
}
