package org.bianmin.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the portal that keeps cookies and does not follow redirects, so tests can see exactly
 * what the server answers. It posts Faces forms the way a browser without JavaScript would.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(TestServer.url(path))).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(TestServer.url(path))).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Posts a Faces form: reads the page's view state, then submits the fields and the button. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
        return submitOn(get(path), path, formId, fields, button);
    }

    /**
     * Posts a Faces form of a page already fetched, with that page's view state: the next step of the same view, as
     * when a view-scoped page first opens a dialog and then saves it.
     */
    public HttpResponse<String> submitOn(
            HttpResponse<String> page, String path, String formId, Map<String, String> fields, String button) {
        return send(
                formPost(page, path, formId, fields, button),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Like {@link #submitOn}, for a button whose answer is a file: the body as it came, in bytes. */
    public HttpResponse<byte[]> download(
            HttpResponse<String> page, String path, String formId, Map<String, String> fields, String button) {
        return send(formPost(page, path, formId, fields, button), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder formPost(
            HttpResponse<String> page, String path, String formId, Map<String, String> fields, String button) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No Faces form on " + path + " (status " + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(TestServer.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Gives the client a cookie for the whole portal, as if the server had set it earlier. */
    public PortalClient withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(TestServer.baseUrl()), cookie);
        return this;
    }

    /** The value of a cookie the client holds now, or {@code null}. */
    public String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(TestServer.baseUrl())).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "login", Map.of("username", username, "password", password), "signIn");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(30)).build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
