package org.bianmin.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianmin.api.application.ApiClient;
import org.bianmin.api.application.ApiKeyRefused;
import org.bianmin.api.application.ApiKeyService;
import org.bianmin.api.application.ApiThrottle;
import org.bianmin.api.application.Open311;
import org.bianmin.api.application.Open311Service;
import org.bianmin.api.application.RequestSearch;
import org.bianmin.api.application.Submission;

/**
 * Open311 GeoReport v2 at {@code /api/open311/v2}. The format is the address's suffix, {@code .json} or {@code .xml}.
 * Reading needs no key; filing needs an {@code api_key} an administrator issued. {@code jurisdiction_id} is accepted
 * and ignored: the portal serves one jurisdiction. Errors are answered by {@link Open311ExceptionMapper}.
 */
@Path("open311/v2")
@RequestScoped
public class Open311Resource {

    private static final String FORMAT = ".{format:json|xml}";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)](\\[])?");

    @Inject
    private Open311Service open311;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private ApiThrottle throttle;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("services" + FORMAT)
    public Response services(@PathParam("format") String format, @QueryParam("api_key") String apiKey) {
        admitRead(apiKey);
        Open311Format as = Open311Format.of(format);
        return ok(as, as.writer().services(open311.services(locale())));
    }

    @GET
    @Path("services/{code:[A-Za-z0-9_-]{1,32}}" + FORMAT)
    public Response service(
            @PathParam("code") String code, @PathParam("format") String format, @QueryParam("api_key") String apiKey) {
        admitRead(apiKey);
        Open311Format as = Open311Format.of(format);
        return ok(as, as.writer().definition(open311.definition(code, locale())));
    }

    @GET
    @Path("requests" + FORMAT)
    public Response requests(
            @PathParam("format") String format,
            @QueryParam("api_key") String apiKey,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("status") String status,
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate) {
        admitRead(apiKey);
        Open311Format as = Open311Format.of(format);
        // ids override every other filter (the spec), so the others are not even read then
        boolean byIds = ids != null && !ids.isBlank();
        RequestSearch search = byIds
                ? RequestSearch.parse(null, null, null, null, LocalDateTime.now())
                : RequestSearch.parse(serviceCode, status, startDate, endDate, LocalDateTime.now());
        return ok(as, as.writer().requests(open311.requests(ids, search, locale())));
    }

    @GET
    @Path("requests/{id:[A-Za-z0-9-]{1,40}}" + FORMAT)
    public Response request(
            @PathParam("id") String id, @PathParam("format") String format, @QueryParam("api_key") String apiKey) {
        admitRead(apiKey);
        Open311Format as = Open311Format.of(format);
        return ok(as, as.writer().requests(List.of(open311.request(id, locale()))));
    }

    @GET
    @Path("tokens/{token:[A-Za-z0-9_-]{1,64}}" + FORMAT)
    public Response token(
            @PathParam("token") String token,
            @PathParam("format") String format,
            @QueryParam("api_key") String apiKey) {
        admitRead(apiKey);
        Open311Format as = Open311Format.of(format);
        return ok(as, as.writer().tokens(open311.tokens(token)));
    }

    /** Files a request: form-encoded as in the spec; an Idempotency-Key header makes a repeated POST harmless. */
    @POST
    @Path("requests" + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @PathParam("format") String format,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            MultivaluedMap<String, String> form) {
        ApiClient client = admitWrite(form.getFirst("api_key"));
        Submission submission = new Submission(
                form.getFirst("service_code"),
                attributes(form),
                form.getFirst("address_id"),
                form.getFirst("first_name"),
                form.getFirst("last_name"),
                form.getFirst("phone"),
                form.getFirst("description"),
                idempotencyKey);
        Open311Format as = Open311Format.of(format);
        Open311.Created created = open311.submit(client, submission, locale());
        return Response.status(Response.Status.CREATED)
                .type(as.contentType())
                .header("Cache-Control", "no-store")
                .location(uri.getBaseUriBuilder()
                        .path("open311/v2/requests/" + created.serviceRequestId() + "." + format)
                        .build())
                .entity(as.writer().created(List.of(created)))
                .build();
    }

    /** {@code attribute[code]=value}, repeated or as {@code attribute[code][]=value} for a multivaluelist. */
    static Map<String, List<String>> attributes(MultivaluedMap<String, String> form) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                attributes
                        .computeIfAbsent(matcher.group(1), k -> new java.util.ArrayList<>())
                        .addAll(values);
            }
        });
        return attributes;
    }

    /** A read with a key counts against the key (a bad key is refused); without one, against the address. */
    private void admitRead(String apiKey) {
        Instant now = Instant.now();
        if (apiKey == null || apiKey.isBlank()) {
            if (!throttle.allowAddress(org.bianmin.shared.web.ClientAddress.of(request), now)) {
                throw throttled(ApiThrottle.Use.READ);
            }
            return;
        }
        ApiClient client = authenticate(apiKey, now);
        if (!throttle.allowKey(client.keyId(), ApiThrottle.Use.READ, now)) {
            throw throttled(ApiThrottle.Use.READ);
        }
    }

    private ApiClient admitWrite(String apiKey) {
        Instant now = Instant.now();
        ApiClient client = authenticate(apiKey, now);
        if (!throttle.allowKey(client.keyId(), ApiThrottle.Use.WRITE, now)) {
            throw throttled(ApiThrottle.Use.WRITE);
        }
        return client;
    }

    /** Calls with a missing or bad key count against the address, so nobody can hammer the key check. */
    private ApiClient authenticate(String apiKey, Instant now) {
        try {
            return apiKeys.authenticate(apiKey);
        } catch (ApiKeyRefused refused) {
            if (!throttle.allowAddress(org.bianmin.shared.web.ClientAddress.of(request), now)) {
                throw throttled(ApiThrottle.Use.READ);
            }
            throw refused;
        }
    }

    private Open311Problem throttled(ApiThrottle.Use use) {
        return new Open311Problem(
                Response.Status.TOO_MANY_REQUESTS,
                "api.error.throttled",
                throttle.retryAfterSeconds(use),
                throttle.perMinute(use));
    }

    private Locale locale() {
        return ApiLocale.of(uri.getQueryParameters().getFirst("locale"), headers.getAcceptableLanguages());
    }

    private static Response ok(Open311Format as, String body) {
        return Response.ok(body, as.contentType()).build();
    }
}
