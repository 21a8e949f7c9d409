package org.bianmin.api.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The API's answers as GeoReport v2 names them, already in the caller's language. Nothing here may carry a villager's
 * personal data: no name, phone, ID number, and no free text a villager or a staff member typed.
 */
public final class Open311 {

    private Open311() {}

    /** One entry of {@code services}. */
    public record Service(
            String code,
            String name,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** {@code service_definition}: the extra fields of one item as attributes. */
    public record ServiceDefinition(String code, List<Attribute> attributes) {}

    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,
            List<AttributeValue> values) {}

    public record AttributeValue(String key, String name) {}

    /** One entry of {@code service_requests}; lat, long and media_url are never given. */
    public record Request(
            String serviceRequestId,
            String status,
            String statusNotes,
            String serviceName,
            String serviceCode,
            String description,
            String agencyResponsible,
            String serviceNotice,
            OffsetDateTime requestedDatetime,
            OffsetDateTime updatedDatetime,
            OffsetDateTime expectedDatetime,
            String address,
            String addressId,
            String zipcode) {}

    /** The answer to a POST: the request is filed at once, so it always has its id. */
    public record Created(String serviceRequestId, String serviceNotice, String accountId) {}

    /** The answer to {@code tokens/{token}}. */
    public record TokenMatch(String serviceRequestId, String token) {}

    /** One entry of {@code errors}. */
    public record Error(int code, String description) {}
}
