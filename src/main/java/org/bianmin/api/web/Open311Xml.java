package org.bianmin.api.web;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bianmin.api.application.Open311;

/** The XML form (StAX), with the spec's root elements; a missing value is an empty element. */
final class Open311Xml implements Open311Writer {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    @Override
    public String services(List<Open311.Service> services) {
        return document("services", xml -> {
            for (Open311.Service s : services) {
                xml.writeStartElement("service");
                element(xml, "service_code", s.code());
                element(xml, "service_name", s.name());
                element(xml, "description", s.description());
                element(xml, "metadata", String.valueOf(s.metadata()));
                element(xml, "type", s.type());
                element(xml, "keywords", s.keywords());
                element(xml, "group", s.group());
                xml.writeEndElement();
            }
        });
    }

    @Override
    public String definition(Open311.ServiceDefinition definition) {
        return document("service_definition", xml -> {
            element(xml, "service_code", definition.code());
            xml.writeStartElement("attributes");
            for (Open311.Attribute a : definition.attributes()) {
                xml.writeStartElement("attribute");
                element(xml, "variable", String.valueOf(a.variable()));
                element(xml, "code", a.code());
                element(xml, "datatype", a.datatype());
                element(xml, "required", String.valueOf(a.required()));
                element(xml, "datatype_description", a.datatypeDescription());
                element(xml, "order", String.valueOf(a.order()));
                element(xml, "description", a.description());
                xml.writeStartElement("values");
                for (Open311.AttributeValue v : a.values()) {
                    xml.writeStartElement("value");
                    element(xml, "key", v.key());
                    element(xml, "name", v.name());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    @Override
    public String requests(List<Open311.Request> requests) {
        return document("service_requests", xml -> {
            for (Open311.Request r : requests) {
                xml.writeStartElement("request");
                element(xml, "service_request_id", r.serviceRequestId());
                element(xml, "status", r.status());
                element(xml, "status_notes", r.statusNotes());
                element(xml, "service_name", r.serviceName());
                element(xml, "service_code", r.serviceCode());
                element(xml, "description", r.description());
                element(xml, "agency_responsible", r.agencyResponsible());
                element(xml, "service_notice", r.serviceNotice());
                element(xml, "requested_datetime", Open311Writer.dateTime(r.requestedDatetime()));
                element(xml, "updated_datetime", Open311Writer.dateTime(r.updatedDatetime()));
                element(xml, "expected_datetime", Open311Writer.dateTime(r.expectedDatetime()));
                element(xml, "address", r.address());
                element(xml, "address_id", r.addressId());
                element(xml, "zipcode", r.zipcode());
                xml.writeEndElement();
            }
        });
    }

    @Override
    public String created(List<Open311.Created> created) {
        return document("service_requests", xml -> {
            for (Open311.Created c : created) {
                xml.writeStartElement("request");
                element(xml, "service_request_id", c.serviceRequestId());
                element(xml, "service_notice", c.serviceNotice());
                element(xml, "account_id", c.accountId());
                xml.writeEndElement();
            }
        });
    }

    @Override
    public String tokens(List<Open311.TokenMatch> tokens) {
        return document("service_requests", xml -> {
            for (Open311.TokenMatch t : tokens) {
                xml.writeStartElement("request");
                element(xml, "service_request_id", t.serviceRequestId());
                element(xml, "token", t.token());
                xml.writeEndElement();
            }
        });
    }

    @Override
    public String errors(List<Open311.Error> errors) {
        return document("errors", xml -> {
            for (Open311.Error e : errors) {
                xml.writeStartElement("error");
                element(xml, "code", String.valueOf(e.code()));
                element(xml, "description", e.description());
                xml.writeEndElement();
            }
        });
    }

    private static String document(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the " + root + " document", e);
        }
        return out.toString();
    }

    /** XML 1.0 cannot carry most control characters, not even escaped: they are left out. */
    static String legal(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            xml.writeEmptyElement(name);
        } else {
            xml.writeStartElement(name);
            xml.writeCharacters(legal(value));
            xml.writeEndElement();
        }
    }
}
