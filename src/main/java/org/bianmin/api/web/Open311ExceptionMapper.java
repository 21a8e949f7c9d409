package org.bianmin.api.web;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.api.application.ApiKeyRefused;
import org.bianmin.api.application.ApiTexts;
import org.bianmin.api.application.Open311;
import org.bianmin.api.application.Open311NotFound;
import org.bianmin.onestop.domain.AnswerErrors;
import org.bianmin.shared.domain.BusinessException;

/**
 * Every failure of an API call as GeoReport v2's error list, in the format the address asked for and in the caller's
 * language: 400 for what the client sent, 403 for the key, 404 for what does not exist, 429 when throttled. A
 * failed filing has rolled back by then, so nothing of it is stored.
 */
@Provider
public class Open311ExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Open311ExceptionMapper.class.getName());

    /**
     * The workflow's messages are written for a person at a form; an API client is told which parameter is wrong.
     */
    private static final Map<String, String> API_WORDING = Map.of(
            "matter.error.village", "api.error.addressId",
            "onestop.error.nameRequired", "api.error.name",
            "matter.error.applicantName", "api.error.nameTooLong",
            "phone.error.format", "api.error.phone",
            "matter.error.filingKey", "api.error.idempotencyKey",
            "onestop.error.itemGone", "api.error.itemGone");

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException()
                : thrown;
        Locale locale = locale();
        Open311Format format = Open311Format.ofPath(uri == null ? null : uri.getPath());
        Response.ResponseBuilder answer;
        List<Open311.Error> errors = new ArrayList<>();
        if (e instanceof Open311Problem problem) {
            int code = problem.status().getStatusCode();
            errors.add(new Open311.Error(code, text(locale, problem.messageKey(), problem.arguments())));
            answer = Response.status(code);
            if (problem.retryAfterSeconds() != null) {
                answer.header("Retry-After", problem.retryAfterSeconds());
            }
        } else if (e instanceof ApiKeyRefused refused) {
            answer = error(errors, 403, text(locale, refused.getMessageKey()));
        } else if (e instanceof Open311NotFound notFound) {
            answer = error(errors, 404, text(locale, notFound.getMessageKey(), notFound.getArguments()));
        } else if (e instanceof AnswerErrors answers) {
            answers.byField().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(field -> errors.add(new Open311.Error(
                            400,
                            "attribute[" + field.getKey() + "]: "
                                    + text(
                                            locale,
                                            field.getValue().getMessageKey(),
                                            field.getValue().getArguments()))));
            answer = Response.status(400);
        } else if (e instanceof BusinessException business) {
            answer = error(errors, 400, text(locale, business.getMessageKey(), business.getArguments()));
        } else if (e instanceof WebApplicationException web) {
            int code = web.getResponse().getStatus();
            String key =
                    switch (code) {
                        case 404 -> "api.error.noSuchAddress";
                        case 405 -> "api.error.method";
                        case 406, 415 -> "api.error.mediaType";
                        default -> "api.error.http";
                    };
            answer = error(errors, code, text(locale, key, code));
        } else {
            LOG.log(Level.SEVERE, "Open311 call failed: " + (uri == null ? "" : uri.getPath()), e);
            answer = error(errors, 500, text(locale, "api.error.server"));
        }
        return answer.type(format.contentType())
                .header("Cache-Control", "no-store")
                .entity(format.writer().errors(errors))
                .build();
    }

    private static Response.ResponseBuilder error(List<Open311.Error> errors, int code, String description) {
        errors.add(new Open311.Error(code, description));
        return Response.status(code);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return ApiTexts.text(locale, API_WORDING.getOrDefault(key, key), arguments);
    }

    private Locale locale() {
        try {
            return ApiLocale.of(
                    uri == null ? null : uri.getQueryParameters().getFirst("locale"),
                    headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException unreadableHeader) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
