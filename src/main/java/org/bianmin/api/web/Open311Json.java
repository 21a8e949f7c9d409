package org.bianmin.api.web;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bianmin.api.application.Open311;

/** The JSON form (JSON-P): every answer is an array, or an object for a service definition, as in the spec. */
final class Open311Json implements Open311Writer {

    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    @Override
    public String services(List<Open311.Service> services) {
        return array(services, (json, s) -> {
            json.write("service_code", s.code());
            text(json, "service_name", s.name());
            text(json, "description", s.description());
            json.write("metadata", s.metadata());
            json.write("type", s.type());
            text(json, "keywords", s.keywords());
            text(json, "group", s.group());
        });
    }

    @Override
    public String definition(Open311.ServiceDefinition definition) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.write("service_code", definition.code());
            json.writeStartArray("attributes");
            for (Open311.Attribute a : definition.attributes()) {
                json.writeStartObject();
                json.write("variable", a.variable());
                json.write("code", a.code());
                json.write("datatype", a.datatype());
                json.write("required", a.required());
                text(json, "datatype_description", a.datatypeDescription());
                json.write("order", a.order());
                text(json, "description", a.description());
                json.writeStartArray("values");
                for (Open311.AttributeValue v : a.values()) {
                    json.writeStartObject();
                    json.write("key", v.key());
                    json.write("name", v.name());
                    json.writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    @Override
    public String requests(List<Open311.Request> requests) {
        return array(requests, (json, r) -> {
            json.write("service_request_id", r.serviceRequestId());
            json.write("status", r.status());
            text(json, "status_notes", r.statusNotes());
            text(json, "service_name", r.serviceName());
            json.write("service_code", r.serviceCode());
            text(json, "description", r.description());
            text(json, "agency_responsible", r.agencyResponsible());
            text(json, "service_notice", r.serviceNotice());
            text(json, "requested_datetime", Open311Writer.dateTime(r.requestedDatetime()));
            text(json, "updated_datetime", Open311Writer.dateTime(r.updatedDatetime()));
            text(json, "expected_datetime", Open311Writer.dateTime(r.expectedDatetime()));
            text(json, "address", r.address());
            text(json, "address_id", r.addressId());
            text(json, "zipcode", r.zipcode());
        });
    }

    @Override
    public String created(List<Open311.Created> created) {
        return array(created, (json, c) -> {
            json.write("service_request_id", c.serviceRequestId());
            text(json, "service_notice", c.serviceNotice());
            text(json, "account_id", c.accountId());
        });
    }

    @Override
    public String tokens(List<Open311.TokenMatch> tokens) {
        return array(tokens, (json, t) -> {
            json.write("service_request_id", t.serviceRequestId());
            json.write("token", t.token());
        });
    }

    @Override
    public String errors(List<Open311.Error> errors) {
        return array(errors, (json, e) -> {
            json.write("code", e.code());
            json.write("description", e.description());
        });
    }

    /** An array of objects, each written by {@code fields}. */
    private static <T> String array(List<T> items, BiConsumer<JsonGenerator, T> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (T item : items) {
                json.writeStartObject();
                fields.accept(json, item);
                json.writeEnd();
            }
            json.writeEnd();
        }
        return out.toString();
    }

    /** A text that may be missing: {@code null} in JSON rather than left out, so every field is always there. */
    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
