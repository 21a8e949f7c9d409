package org.bianmin.api.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bianmin.api.domain.Open311Status;
import org.bianmin.matter.domain.TrackingNumbers;
import org.bianmin.onestop.application.Filing;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.application.Receipt;
import org.bianmin.onestop.domain.Answer;
import org.bianmin.onestop.domain.ServiceField;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.domain.ServiceItemRepository;
import org.bianmin.shared.domain.BusinessException;

/**
 * Open311 GeoReport v2 over the service catalogue and its requests. Reading needs no key and shows no personal data:
 * a request is its tracking number, item, office, village, status and dates. Filing goes through the one-stop
 * service like every other channel, so an API request is checked, routed and stored exactly as a kiosk one is.
 */
@Stateless
public class Open311Service {

    /** GeoReport v2 recommends answering at most 1,000 requests per call. */
    public static final int MAX_REQUESTS = 1_000;

    static final int MAX_IDS = 100;
    /** A client's Idempotency-Key: long enough to be unique, short enough to leave room for the client's id. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{16,40}");

    static final int MAX_DESCRIPTION = 1_000;
    /** No extra field can have this key (field keys start with a letter or digit), so the answer never collides. */
    static final String DESCRIPTION_KEY = "_description";

    @Inject
    private OneStopService oneStop;

    @Inject
    private ServiceItemRepository items;

    @Inject
    private Open311Queries queries;

    public List<Open311.Service> services(Locale locale) {
        return oneStop.activeItems().stream()
                .map(item -> new Open311.Service(
                        item.getCode(),
                        item.name(locale),
                        item.getDescription(),
                        !item.getFields().isEmpty(),
                        "realtime",
                        item.getCategory().name().toLowerCase(Locale.ROOT),
                        ApiTexts.text(locale, "ServiceCategory." + item.getCategory())))
                .toList();
    }

    /** The item's extra fields as attributes. */
    public Open311.ServiceDefinition definition(String code, Locale locale) {
        ServiceItem item =
                oneStop.activeItem(code).orElseThrow(() -> new Open311NotFound("api.error.serviceNotFound", code));
        List<Open311.Attribute> attributes = new ArrayList<>();
        for (ServiceField field : item.getFields()) {
            attributes.add(new Open311.Attribute(
                    true,
                    field.getKey(),
                    field.getType().open311(),
                    field.isRequired(),
                    datatypeDescription(field, locale),
                    field.getPosition() + 1,
                    field.label(locale),
                    field.getChoices().stream()
                            .map(c -> new Open311.AttributeValue(c.getKey(), c.name(locale)))
                            .toList()));
        }
        return new Open311.ServiceDefinition(item.getCode(), attributes);
    }

    private static String datatypeDescription(ServiceField field, Locale locale) {
        String help = field.help(locale);
        String format =
                switch (field.getType()) {
                    case DATE -> ApiTexts.text(locale, "api.datatype.date");
                    case NUMBER -> ApiTexts.text(locale, "api.datatype.number");
                    case MULTIPLE_CHOICE -> ApiTexts.text(locale, "api.datatype.multiple");
                    default -> null;
                };
        if (help == null) {
            return format;
        }
        return format == null ? help : help + " " + format;
    }

    /** {@code GET requests}: by ids (which overrides every other filter), or by the search. */
    public List<Open311.Request> requests(String ids, RequestSearch search, Locale locale) {
        Set<String> numbers = RequestSearch.list(ids);
        List<Open311Queries.RequestRow> rows;
        if (numbers.isEmpty()) {
            rows = queries.requests(search, MAX_REQUESTS);
        } else {
            if (numbers.size() > MAX_IDS) {
                throw new BusinessException("api.error.tooManyIds", MAX_IDS);
            }
            rows = queries.byTrackingNumbers(normalised(numbers));
        }
        return view(rows, locale);
    }

    /** {@code GET requests/{id}}. */
    public Open311.Request request(String id, Locale locale) {
        String number = TrackingNumbers.normalise(id);
        List<Open311Queries.RequestRow> rows = number == null ? List.of() : queries.byTrackingNumbers(List.of(number));
        return view(rows, locale).stream()
                .findFirst()
                .orElseThrow(() -> new Open311NotFound("api.error.requestNotFound", id));
    }

    private static Set<String> normalised(Set<String> typed) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String id : typed) {
            Optional.ofNullable(TrackingNumbers.normalise(id)).ifPresent(numbers::add);
        }
        return numbers;
    }

    private List<Open311.Request> view(List<Open311Queries.RequestRow> rows, Locale locale) {
        Map<String, ServiceItem> catalogue =
                items.findAll().stream().collect(Collectors.toMap(ServiceItem::getCode, Function.identity()));
        boolean english = "en".equals(locale.getLanguage());
        return rows.stream()
                .map(row -> {
                    ServiceItem item = catalogue.get(row.serviceCode());
                    return new Open311.Request(
                            row.trackingNumber(),
                            Open311Status.of(row.status()).wire(),
                            ApiTexts.text(locale, "MatterStatus." + row.status()),
                            item == null ? row.serviceCode() : item.name(locale),
                            row.serviceCode(),
                            null, // the villager's own words may name people: never published
                            english && row.officeNameEn() != null ? row.officeNameEn() : row.officeName(),
                            notice(row.promisedDays(), locale),
                            offset(row.submittedAt()),
                            offset(row.updatedAt()),
                            row.dueDate() == null ? null : offset(row.dueDate().atTime(LocalTime.of(23, 59, 59))),
                            english && row.villageNameEn() != null ? row.villageNameEn() : row.villageName(),
                            row.villageCode(),
                            null);
                })
                .toList();
    }

    private static String notice(int promisedDays, Locale locale) {
        return ApiTexts.text(locale, "api.serviceNotice", promisedDays);
    }

    static OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(RequestSearch.ZONE).toOffsetDateTime();
    }

    /**
     * {@code GET tokens/{token}}: the requests a client filed with this Idempotency-Key. A request is filed at once, so
     * the token only helps a client that lost the answer to its POST.
     */
    public List<Open311.TokenMatch> tokens(String token) {
        if (token == null || !IDEMPOTENCY_KEY.matcher(token).matches()) {
            throw new Open311NotFound("api.error.tokenNotFound", token);
        }
        List<Open311.TokenMatch> matches = queries.filedUnderPrefix(token + "-k", MAX_IDS).stream()
                .filter(m -> m.filingKey().matches(Pattern.quote(token) + "-k\\d+"))
                .map(m -> new Open311.TokenMatch(m.trackingNumber(), token))
                .toList();
        if (matches.isEmpty()) {
            throw new Open311NotFound("api.error.tokenNotFound", token);
        }
        return matches;
    }

    /**
     * {@code POST requests} for a client whose key was checked: files the request in one transaction, or nothing.
     * Repeating a POST with the same Idempotency-Key answers with the request the first one filed.
     */
    public Open311.Created submit(ApiClient client, Submission submission, Locale locale) {
        ServiceItem item = oneStop.activeItem(submission.serviceCode())
                .orElseThrow(() -> new Open311NotFound("api.error.serviceNotFound", submission.serviceCode()));
        String filingKey = filingKey(client, submission.idempotencyKey());
        if (submission.addressId() == null || submission.addressId().isBlank()) {
            throw new BusinessException("api.error.addressId");
        }
        Filing filing = new Filing(
                item.getCode(),
                submission.name(),
                null,
                submission.phone(),
                submission.attributes(),
                List.of(),
                locale);
        Receipt receipt = oneStop.fileByApi(
                filingKey, submission.addressId().strip(), filing, description(submission, locale), client.name());
        return new Open311.Created(receipt.trackingNumber(), notice(receipt.promisedDays(), locale), null);
    }

    /**
     * The filing key is the client's Idempotency-Key, kept apart per client (two clients may choose the same key), or
     * a fresh one when the client sent none.
     */
    static String filingKey(ApiClient client, String idempotencyKey) {
        String token;
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            token = UUID.randomUUID().toString().replace("-", "");
        } else if (IDEMPOTENCY_KEY.matcher(idempotencyKey.strip()).matches()) {
            token = idempotencyKey.strip();
        } else {
            throw new BusinessException("api.error.idempotencyKey");
        }
        return token + "-k" + client.keyId();
    }

    /** The client's description, if any, kept with the answers under the label "补充说明" (staff only). */
    private static Answer description(Submission submission, Locale locale) {
        String text =
                submission.description() == null ? "" : submission.description().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new BusinessException("api.error.description", MAX_DESCRIPTION);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new BusinessException("api.error.descriptionText");
        }
        return new Answer(DESCRIPTION_KEY, ApiTexts.text(locale, "api.descriptionLabel"), text.replace("\r\n", "\n"));
    }
}
