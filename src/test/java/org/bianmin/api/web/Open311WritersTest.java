package org.bianmin.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bianmin.api.application.Open311;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@DisplayName("The Open311 writers use GeoReport v2's names, in JSON and in XML")
class Open311WritersTest {

    private static final Open311.Service SERVICE = new Open311.Service(
            "ROAD-REPAIR", "村组道路损坏报修", "村组道路出现坑洼 & <塌方>", true, "realtime", "facilities", "水电路与公共设施");

    private static final Open311.ServiceDefinition DEFINITION = new Open311.ServiceDefinition(
            "ROAD-REPAIR",
            List.of(
                    new Open311.Attribute(true, "place", "string", true, null, 1, "损坏地点", List.of()),
                    new Open311.Attribute(
                            true,
                            "danger",
                            "singlevaluelist",
                            true,
                            null,
                            2,
                            "是否影响通行",
                            List.of(
                                    new Open311.AttributeValue("blocked", "无法通行"),
                                    new Open311.AttributeValue("minor", "影响不大")))));

    private static final Open311.Request REQUEST = new Open311.Request(
            "AJ20261129-1234-56",
            "open",
            "已受理",
            "村组道路损坏报修",
            "ROAD-REPAIR",
            null,
            "三家镇便民服务中心",
            "承诺在受理后5个工作日内办结",
            OffsetDateTime.parse("2026-11-29T09:30:15.123+08:00"),
            OffsetDateTime.parse("2026-11-29T10:00:00+08:00"),
            null,
            "三门村",
            "510904110001",
            null);

    private static final List<String> REQUEST_FIELDS = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode");

    @Nested
    @DisplayName("JSON")
    class InJson {

        private final Open311Writer json = Open311Format.JSON.writer();

        private JsonArray array(String text) {
            return Json.createReader(new StringReader(text)).readArray();
        }

        @Test
        void servicesAreAnArrayOfServiceObjects() {
            JsonObject service = array(json.services(List.of(SERVICE))).getJsonObject(0);

            assertThat(service.keySet())
                    .containsExactly(
                            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
            assertThat(service.getString("service_code")).isEqualTo("ROAD-REPAIR");
            assertThat(service.getBoolean("metadata")).isTrue();
            assertThat(service.getString("type")).isEqualTo("realtime");
            assertThat(service.getString("description")).isEqualTo("村组道路出现坑洼 & <塌方>");
        }

        @Test
        void aServiceDefinitionListsItsAttributesWithTheirValues() {
            JsonObject definition = Json.createReader(new StringReader(json.definition(DEFINITION)))
                    .readObject();

            assertThat(definition.keySet()).containsExactly("service_code", "attributes");
            JsonObject danger = definition.getJsonArray("attributes").getJsonObject(1);
            assertThat(danger.keySet())
                    .containsExactly(
                            "variable",
                            "code",
                            "datatype",
                            "required",
                            "datatype_description",
                            "order",
                            "description",
                            "values");
            assertThat(danger.getBoolean("variable")).isTrue();
            assertThat(danger.getInt("order")).isEqualTo(2);
            assertThat(danger.get("datatype_description")).isEqualTo(JsonValue.NULL);
            assertThat(danger.getJsonArray("values").getJsonObject(0).keySet()).containsExactly("key", "name");
            assertThat(danger.getJsonArray("values").getJsonObject(0).getString("key"))
                    .isEqualTo("blocked");
        }

        @Test
        void requestsCarryEveryFieldOfTheSpecExceptPositionAndMedia() {
            JsonObject request = array(json.requests(List.of(REQUEST))).getJsonObject(0);

            assertThat(request.keySet()).containsExactlyElementsOf(REQUEST_FIELDS);
            assertThat(request.getString("requested_datetime")).isEqualTo("2026-11-29T09:30:15+08:00");
            assertThat(request.get("expected_datetime")).isEqualTo(JsonValue.NULL);
            assertThat(request.get("description")).isEqualTo(JsonValue.NULL);
        }

        @Test
        void aFiledRequestAnswersWithItsIdNoticeAndAccount() {
            JsonObject created = array(json.created(List.of(new Open311.Created("AJ1", "承诺", null))))
                    .getJsonObject(0);

            assertThat(created.keySet()).containsExactly("service_request_id", "service_notice", "account_id");
            assertThat(created.get("account_id")).isEqualTo(JsonValue.NULL);
        }

        @Test
        void tokensAndErrorsAreArraysToo() {
            assertThat(array(json.tokens(List.of(new Open311.TokenMatch("AJ1", "t"))))
                            .getJsonObject(0)
                            .keySet())
                    .containsExactly("service_request_id", "token");
            JsonObject error =
                    array(json.errors(List.of(new Open311.Error(403, "无效")))).getJsonObject(0);
            assertThat(error.keySet()).containsExactly("code", "description");
            assertThat(error.getInt("code")).isEqualTo(403);
        }
    }

    @Nested
    @DisplayName("XML")
    class InXml {

        private final Open311Writer xml = Open311Format.XML.writer();

        private Element root(String text) throws Exception {
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return document.getDocumentElement();
        }

        private List<String> childNames(Element element) {
            List<String> names = new ArrayList<>();
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    names.add(child.getTagName());
                }
            }
            return names;
        }

        private Element child(Element element, String name) {
            return (Element) element.getElementsByTagName(name).item(0);
        }

        @Test
        void servicesAreServiceElementsUnderServices() throws Exception {
            Element root = root(xml.services(List.of(SERVICE)));

            assertThat(root.getTagName()).isEqualTo("services");
            Element service = child(root, "service");
            assertThat(childNames(service))
                    .containsExactly(
                            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
            assertThat(child(service, "metadata").getTextContent()).isEqualTo("true");
            assertThat(child(service, "description").getTextContent()).isEqualTo("村组道路出现坑洼 & <塌方>");
        }

        @Test
        void aServiceDefinitionHasAttributesWithValues() throws Exception {
            Element root = root(xml.definition(DEFINITION));

            assertThat(root.getTagName()).isEqualTo("service_definition");
            assertThat(childNames(root)).containsExactly("service_code", "attributes");
            Element danger = (Element) root.getElementsByTagName("attribute").item(1);
            assertThat(childNames(danger))
                    .containsExactly(
                            "variable",
                            "code",
                            "datatype",
                            "required",
                            "datatype_description",
                            "order",
                            "description",
                            "values");
            Element value = child(danger, "value");
            assertThat(childNames(value)).containsExactly("key", "name");
            assertThat(child(value, "key").getTextContent()).isEqualTo("blocked");
        }

        @Test
        void requestsAreRequestElementsUnderServiceRequests() throws Exception {
            Element root = root(xml.requests(List.of(REQUEST)));

            assertThat(root.getTagName()).isEqualTo("service_requests");
            Element request = child(root, "request");
            assertThat(childNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
            assertThat(child(request, "expected_datetime").getTextContent()).isEmpty();
            assertThat(child(request, "updated_datetime").getTextContent()).isEqualTo("2026-11-29T10:00:00+08:00");
        }

        @Test
        void aFiledRequestIsARequestUnderServiceRequests() throws Exception {
            Element root = root(xml.created(List.of(new Open311.Created("AJ1", "承诺", null))));

            assertThat(root.getTagName()).isEqualTo("service_requests");
            assertThat(childNames(child(root, "request")))
                    .containsExactly("service_request_id", "service_notice", "account_id");
        }

        @Test
        void errorsAreErrorElementsUnderErrors() throws Exception {
            Element root = root(xml.errors(List.of(new Open311.Error(404, "没有"), new Open311.Error(400, "错"))));

            assertThat(root.getTagName()).isEqualTo("errors");
            assertThat(childNames(root)).containsExactly("error", "error");
            assertThat(childNames(child(root, "error"))).containsExactly("code", "description");
            assertThat(child(root, "code").getTextContent()).isEqualTo("404");
        }

        @Test
        void controlCharactersThatXmlCannotCarryAreLeftOut() throws Exception {
            Open311.Service odd = new Open311.Service("X1", "a\u0001b\u0000c", null, false, "realtime", null, null);

            Element root = root(xml.services(List.of(odd)));

            assertThat(child(root, "service_name").getTextContent()).isEqualTo("abc");
        }
    }
}
