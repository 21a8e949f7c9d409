package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bianmin.api.domain.ApiKeySecrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Open311 GeoReport v2 against the running portal: the spec's names in JSON and XML, filing with a key, no personal
 * data in anything that is read, the spec's error format, and a revoked key that stops working.
 */
@ExtendWith(TestServer.class)
class Open311IT {

    private static final String API = "/api/open311/v2/";
    private static final String SANMEN = "510904110201";
    private static final Set<String> SERVICE_FIELDS =
            Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    private static final Set<String> REQUEST_FIELDS = Set.of(
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
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A key this class issues itself (straight into the database, as only its hash is stored). */
    private static String key;

    @BeforeAll
    static void issueAKey() throws SQLException {
        key = insertKey(Demo.unique("it-open311-"));
    }

    static String insertKey(String name) throws SQLException {
        String secret = ApiKeySecrets.generate();
        Demo.execute(
                "insert into api_key (name, key_prefix, key_hash, created_by, version, created_at, updated_at)"
                        + " values (?, ?, ?, 'it', 0, now(3), now(3))",
                name,
                ApiKeySecrets.prefix(secret),
                ApiKeySecrets.hash(secret));
        return secret;
    }

    // ---- HTTP and parsing helpers ----

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestServer.url(API + path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static HttpResponse<String> post(String path, Map<String, List<String>> form, String... headers) {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.url(API + path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

    static JsonArray jsonArray(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    static Element xml(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + response.body(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    static Set<String> childNames(Element parent) {
        return children(parent, null).stream().map(Element::getTagName).collect(Collectors.toSet());
    }

    static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    static String uniquePhone() {
        return "1390" + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    /** A road repair for 三门村 as a township app would send it. */
    static Map<String, List<String>> roadRepair(String apiKey, String phone) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (apiKey != null) {
            form.put("api_key", List.of(apiKey));
        }
        form.put("jurisdiction_id", List.of("anju"));
        form.put("service_code", List.of("ROAD-REPAIR"));
        form.put("attribute[place]", List.of("三组王家院子旁"));
        form.put("attribute[danger]", List.of("hard"));
        form.put("address_id", List.of(SANMEN));
        form.put("first_name", List.of("三"));
        form.put("last_name", List.of("张"));
        form.put("phone", List.of(phone));
        form.put("email", List.of("ignored@example.org"));
        form.put("description", List.of("路面塌了一个大坑，张三家门口"));
        return form;
    }

    /** Files a road repair with the class's key; returns its tracking number. */
    static String fileRoadRepair(String phone) {
        HttpResponse<String> response = post("requests.json", roadRepair(key, phone));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return jsonArray(response).getJsonObject(0).getString("service_request_id");
    }

    static void assertSpecError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonArray errors = jsonArray(response);
        assertThat(errors).isNotEmpty();
        assertThat(errors.getJsonObject(0).keySet()).containsExactlyInAnyOrder("code", "description");
        assertThat(errors.getJsonObject(0).getInt("code")).isEqualTo(status);
        assertThat(errors.getJsonObject(0).getString("description")).isNotBlank();
        Pages.assertNoStackTrace(response.body());
    }

    static long matters(String sql, Object... parameters) throws SQLException {
        return Demo.count(sql, parameters);
    }

    // ---- the tests ----

    @Nested
    class Services {

        @Test
        void theJsonListHasEveryActiveItemWithTheSpecsFieldNames() {
            HttpResponse<String> response = get("services.json?jurisdiction_id=anju");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie"))
                    .as("no session")
                    .isEmpty();
            Map<String, JsonObject> byCode = jsonArray(response).stream()
                    .map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(s -> s.getString("service_code"), s -> s));
            assertThat(byCode).containsKeys("ROAD-REPAIR", "HOUSE-SAFETY", "OLD-AGE-ALLOWANCE");
            assertThat(byCode.values()).allSatisfy(s -> assertThat(s.keySet()).isEqualTo(SERVICE_FIELDS));
            JsonObject road = byCode.get("ROAD-REPAIR");
            assertThat(road.getString("service_name")).isEqualTo("村组道路损坏报修");
            assertThat(road.getString("type")).isEqualTo("realtime");
            assertThat(road.getString("group")).isEqualTo("水电路与设施报修");
            assertThat(road.getBoolean("metadata")).as("it has extra fields").isTrue();
            assertThat(byCode.get("OLD-AGE-ALLOWANCE").getBoolean("metadata"))
                    .as("no extra fields")
                    .isFalse();
        }

        @Test
        void englishNamesWhenAskedFor() {
            JsonObject road = jsonArray(get("services.json?locale=en")).stream()
                    .map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("service_code").equals("ROAD-REPAIR"))
                    .findFirst()
                    .orElseThrow();
            assertThat(road.getString("service_name")).isEqualTo("Village road repair");

            JsonObject byHeader = jsonArray(get("services.json", "Accept-Language", "en-US,en;q=0.8")).stream()
                    .map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("service_code").equals("ROAD-REPAIR"))
                    .findFirst()
                    .orElseThrow();
            assertThat(byHeader.getString("group")).isEqualTo("Water, power, roads: repairs");
        }

        @Test
        void theXmlListIsServiceElementsUnderServices() {
            Element services = xml(get("services.xml"));

            assertThat(services.getTagName()).isEqualTo("services");
            List<Element> all = children(services, "service");
            assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(childNames(s))
                    .isEqualTo(SERVICE_FIELDS));
            Element road = all.stream()
                    .filter(s -> text(s, "service_code").equals("ROAD-REPAIR"))
                    .findFirst()
                    .orElseThrow();
            assertThat(text(road, "metadata")).isEqualTo("true");
        }

        @Test
        void aDefinitionGivesTheExtraFieldsAsAttributes() {
            HttpResponse<String> response = get("services/HOUSE-SAFETY.json");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject definition =
                    Json.createReader(new StringReader(response.body())).readObject();
            assertThat(definition.getString("service_code")).isEqualTo("HOUSE-SAFETY");
            List<JsonObject> attributes = definition.getJsonArray("attributes").stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            assertThat(attributes)
                    .extracting(a -> a.getString("code"))
                    .containsExactly("house_age", "structure", "problems");
            assertThat(attributes).allSatisfy(a -> assertThat(a.keySet())
                    .containsExactlyInAnyOrder(
                            "variable",
                            "code",
                            "datatype",
                            "required",
                            "datatype_description",
                            "order",
                            "description",
                            "values"));
            assertThat(attributes)
                    .extracting(a -> a.getString("datatype"))
                    .containsExactly("number", "singlevaluelist", "multivaluelist");
            assertThat(attributes).extracting(a -> a.getBoolean("required")).containsExactly(true, true, false);
            assertThat(attributes).extracting(a -> a.getInt("order")).containsExactly(1, 2, 3);
            assertThat(attributes.get(0).getString("description")).isEqualTo("房屋已建成多少年");
            JsonObject brick = attributes.get(1).getJsonArray("values").getJsonObject(0);
            assertThat(brick.getString("key")).isEqualTo("brick");
            assertThat(brick.getString("name")).isEqualTo("砖混");
        }

        @Test
        void theXmlDefinitionIsAServiceDefinitionElement() {
            Element definition = xml(get("services/HOUSE-SAFETY.xml?locale=en"));

            assertThat(definition.getTagName()).isEqualTo("service_definition");
            Element attributes = children(definition, "attributes").get(0);
            Element structure = children(attributes, "attribute").get(1);
            assertThat(text(structure, "variable")).isEqualTo("true");
            assertThat(text(structure, "description")).isEqualTo("Structure of the house");
            Element value =
                    children(children(structure, "values").get(0), "value").get(0);
            assertThat(childNames(value)).containsExactlyInAnyOrder("key", "name");
            assertThat(text(value, "name")).isEqualTo("Brick and concrete");
        }

        @Test
        void anUnknownServiceIsA404InTheSpecsErrorFormat() {
            assertSpecError(get("services/NO-SUCH-ITEM.json"), 404);

            Element errors = xml(get("services/NO-SUCH-ITEM.xml"));
            assertThat(errors.getTagName()).isEqualTo("errors");
            Element error = children(errors, "error").get(0);
            assertThat(text(error, "code")).isEqualTo("404");
            assertThat(text(error, "description")).contains("NO-SUCH-ITEM");
        }

        @Test
        void anAddressWithoutAFormatIsA404InTheSpecsErrorFormatToo() {
            assertSpecError(get("services"), 404);
            assertSpecError(get("services.csv"), 404);
        }
    }

    @Nested
    class Filing {

        @Test
        void aValidKeyFilesARoutedMatterAndAnswersWithItsTrackingNumber() throws SQLException {
            String phone = uniquePhone();
            HttpResponse<String> response = post("requests.json", roadRepair(key, phone));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("Set-Cookie"))
                    .as("no session")
                    .isEmpty();
            JsonObject created = jsonArray(response).getJsonObject(0);
            assertThat(created.keySet())
                    .containsExactlyInAnyOrder("service_request_id", "service_notice", "account_id");
            String number = created.getString("service_request_id");
            assertThat(number).matches("[A-Z]{1,4}\\d{8}-\\d{4}-\\d{2}");
            assertThat(created.getString("service_notice")).contains("5");
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/api/open311/v2/requests/" + number + ".json"));

            assertThat(matters(
                            "select count(*) from matter m join office o on o.id = m.office_id"
                                    + " where m.tracking_number = ? and m.channel = 'API' and m.status = 'SUBMITTED'"
                                    + " and m.type = 'SERVICE_REQUEST' and m.service_code = 'ROAD-REPAIR'"
                                    + " and o.code = 'TC-510904110' and m.village_code = ?"
                                    + " and m.applicant_name = '张三' and m.applicant_phone = ?"
                                    + " and m.applicant_id_number is null",
                            number,
                            SANMEN,
                            phone))
                    .as("a matter from the API, routed to 三家镇, with the applicant and no ID number")
                    .isEqualTo(1);
            assertThat(matters(
                            "select count(*) from service_request r join matter m on m.id = r.matter_id"
                                    + " join service_request_answer a on a.request_id = r.id"
                                    + " where m.tracking_number = ? and r.service_code = 'ROAD-REPAIR'"
                                    + " and a.field_key in ('place', 'danger', '_description')",
                            number))
                    .as("the request with its two answers and the description")
                    .isEqualTo(3);
            assertThat(matters(
                            "select count(*) from matter_event e join matter m on m.id = e.matter_id"
                                    + " where m.tracking_number = ? and e.action = 'FILE' and e.actor_name like 'api:it-open311-%'",
                            number))
                    .as("the history names the API client")
                    .isEqualTo(1);
        }

        @Test
        void theXmlAnswerIsARequestUnderServiceRequests() {
            HttpResponse<String> response = post("requests.xml", roadRepair(key, uniquePhone()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Element root = xml(response);
            assertThat(root.getTagName()).isEqualTo("service_requests");
            Element request = children(root, "request").get(0);
            assertThat(childNames(request))
                    .containsExactlyInAnyOrder("service_request_id", "service_notice", "account_id");
        }

        @Test
        void theSameIdempotencyKeyFilesOnceAndItsTokenFindsTheRequest() throws SQLException {
            String token = Demo.unique("it-token-") + "-0123456789";
            String phone = uniquePhone();

            String first = jsonArray(post("requests.json", roadRepair(key, phone), "Idempotency-Key", token))
                    .getJsonObject(0)
                    .getString("service_request_id");
            String second = jsonArray(post("requests.json", roadRepair(key, phone), "Idempotency-Key", token))
                    .getJsonObject(0)
                    .getString("service_request_id");

            assertThat(second).isEqualTo(first);
            assertThat(matters("select count(*) from matter where applicant_phone = ?", phone))
                    .isEqualTo(1);
            JsonObject match = jsonArray(get("tokens/" + token + ".json")).getJsonObject(0);
            assertThat(match.getString("service_request_id")).isEqualTo(first);
            assertThat(match.getString("token")).isEqualTo(token);
            assertThat(text(
                            children(xml(get("tokens/" + token + ".xml")), "request")
                                    .get(0),
                            "service_request_id"))
                    .isEqualTo(first);
            assertSpecError(get("tokens/" + Demo.unique("never-sent-token-") + ".json"), 404);
        }

        @Test
        void badInputIsA400ThatNamesTheProblemAndStoresNothing() throws SQLException {
            String phone = uniquePhone();
            Map<String, List<String>> form = roadRepair(key, phone);
            form.put("attribute[danger]", List.of("not-a-choice"));
            form.remove("attribute[place]");

            HttpResponse<String> response = post("requests.json", form);

            assertSpecError(response, 400);
            assertThat(jsonArray(response)).hasSize(2);
            assertThat(response.body()).contains("attribute[place]").contains("attribute[danger]");
            assertThat(matters("select count(*) from matter where applicant_phone = ?", phone))
                    .isZero();

            Map<String, List<String>> noPhone = roadRepair(key, "12345");
            HttpResponse<String> phoneRefused = post("requests.json?locale=en", noPhone);
            assertSpecError(phoneRefused, 400);
            assertThat(phoneRefused.body()).contains("phone");

            Map<String, List<String>> nowhere = roadRepair(key, phone);
            nowhere.put("address_id", List.of("999999999999"));
            assertSpecError(post("requests.json", nowhere), 400);
            assertThat(matters("select count(*) from matter where applicant_phone = ?", phone))
                    .isZero();
        }

        @Test
        void theDemoKeyOfTheDocumentationFilesARequest() {
            HttpResponse<String> response =
                    post("requests.json", roadRepair("demo-open311-key-not-for-production-use-000", uniquePhone()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        @Test
        void aPostThatIsNotFormEncodedIsA415() {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(TestServer.url(API + "requests.json")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + key + "\"}")));

            assertSpecError(response, 415);
        }

        @Test
        void anUnknownServiceIsA404() {
            Map<String, List<String>> form = roadRepair(key, uniquePhone());
            form.put("service_code", List.of("NO-SUCH-ITEM"));

            assertSpecError(post("requests.json", form), 404);
        }

        @Test
        void withoutAKeyOrWithABadOneNothingIsFiled() throws SQLException {
            String phone = uniquePhone();

            HttpResponse<String> missing = post("requests.json", roadRepair(null, phone));
            assertSpecError(missing, 403);
            assertThat(missing.body()).contains("api_key");

            assertSpecError(post("requests.json", roadRepair("not-a-key", phone)), 403);
            assertSpecError(post("requests.json", roadRepair(ApiKeySecrets.generate(), phone)), 403);
            Element xmlError = xml(post("requests.xml", roadRepair(ApiKeySecrets.generate(), phone)));
            assertThat(xmlError.getTagName()).isEqualTo("errors");
            assertThat(text(children(xmlError, "error").get(0), "code")).isEqualTo("403");

            assertThat(matters("select count(*) from matter where applicant_phone = ?", phone))
                    .isZero();
        }

        @Test
        void aKeyThatIsRevokedStopsWorking() throws SQLException {
            String name = Demo.unique("it-revoked-");
            String revocable = insertKey(name);
            assertThat(post("requests.json", roadRepair(revocable, uniquePhone()))
                            .statusCode())
                    .isEqualTo(201);

            Demo.execute("update api_key set revoked_at = now(3) where name = ?", name);

            String phone = uniquePhone();
            HttpResponse<String> refused = post("requests.json?locale=en", roadRepair(revocable, phone));
            assertSpecError(refused, 403);
            assertThat(refused.body()).contains("revoked");
            assertThat(matters("select count(*) from matter where applicant_phone = ?", phone))
                    .isZero();
        }

        @Test
        void aKeyIsThrottledToSixtyRequestsAMinute() throws SQLException {
            String busy = insertKey(Demo.unique("it-busy-"));
            Map<String, List<String>> form = roadRepair(busy, uniquePhone());
            form.put("service_code", List.of("NO-SUCH-ITEM")); // refused after the throttle: nothing is filed

            int passed = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 150; i++) {
                last = post("requests.json", form);
                if (last.statusCode() == 429) {
                    break;
                }
                passed++;
            }

            assertThat(passed).isGreaterThanOrEqualTo(60);
            assertSpecError(last, 429);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(post("requests.json", roadRepair(key, uniquePhone())).statusCode())
                    .as("another key is not held back")
                    .isEqualTo(201);
        }
    }

    @Nested
    class Reading {

        @Test
        void oneRequestShowsItsProgressButNoPersonalData() {
            String phone = uniquePhone();
            String number = fileRoadRepair(phone);

            HttpResponse<String> json = get("requests/" + number + ".json");
            assertThat(json.statusCode()).isEqualTo(200);
            JsonObject request = jsonArray(json).getJsonObject(0);
            assertThat(request.keySet()).isEqualTo(REQUEST_FIELDS);
            assertThat(request.getString("service_request_id")).isEqualTo(number);
            assertThat(request.getString("status")).isEqualTo("open");
            assertThat(request.getString("status_notes")).isEqualTo("待受理");
            assertThat(request.getString("service_code")).isEqualTo("ROAD-REPAIR");
            assertThat(request.getString("service_name")).isEqualTo("村组道路损坏报修");
            assertThat(request.getString("agency_responsible")).isEqualTo("三家镇便民服务中心");
            assertThat(request.getString("address")).isEqualTo("三门村");
            assertThat(request.getString("address_id")).isEqualTo(SANMEN);
            assertThat(request.getString("requested_datetime"))
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
            assertThat(request.get("expected_datetime")).as("not accepted yet").isEqualTo(JsonValue.NULL);
            assertThat(request.get("description")).isEqualTo(JsonValue.NULL);

            HttpResponse<String> xml = get("requests/" + number + ".xml");
            Element root = xml(xml);
            assertThat(root.getTagName()).isEqualTo("service_requests");
            assertThat(childNames(children(root, "request").get(0))).isEqualTo(REQUEST_FIELDS);

            for (HttpResponse<String> response : List.of(json, xml, get("requests.json?service_code=ROAD-REPAIR"))) {
                assertThat(response.body())
                        .doesNotContain("张三")
                        .doesNotContain(phone)
                        .doesNotContain(phone.substring(7))
                        .doesNotContain("塌了")
                        .doesNotContain("王家院子");
            }
        }

        @Test
        void anAcceptedRequestHasItsDueDateAsExpectedDatetime() throws SQLException {
            String number = fileRoadRepair(uniquePhone());
            Demo.execute(
                    "update matter set status = 'ACCEPTED', due_date = ? where tracking_number = ?",
                    LocalDate.now().plusDays(7),
                    number);

            JsonObject request = jsonArray(get("requests/" + number + ".json")).getJsonObject(0);

            assertThat(request.getString("status")).isEqualTo("open");
            assertThat(request.getString("expected_datetime"))
                    .isEqualTo(LocalDate.now().plusDays(7) + "T23:59:59+08:00");
        }

        @Test
        void noApplicantDataOfTheDemoMattersIsPublished() {
            HttpResponse<String> all = get("requests.json");

            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(jsonArray(all)).isNotEmpty();
            // names, ID numbers and phones of the demo applicants (db/demo/V2)
            assertThat(all.body())
                    .doesNotContain("张秀英")
                    .doesNotContain("510904194803120210")
                    .doesNotContain("13881905678")
                    .doesNotContain("李建华");
        }

        @Test
        void anUnknownRequestIsA404() {
            assertSpecError(get("requests/AJ20000101-0000-00.json"), 404);
        }

        @Test
        void requestsFilterByServiceStatusAndPeriod() throws SQLException {
            String number = fileRoadRepair(uniquePhone());

            assertThat(ids(get("requests.json?service_code=ROAD-REPAIR"))).contains(number);
            assertThat(jsonArray(get("requests.json?service_code=ROAD-REPAIR")))
                    .allSatisfy(r -> assertThat(r.asJsonObject().getString("service_code"))
                            .isEqualTo("ROAD-REPAIR"));
            assertThat(ids(get("requests.json?service_code=STREETLIGHT"))).doesNotContain(number);

            assertThat(ids(get("requests.json?service_code=ROAD-REPAIR&status=open")))
                    .contains(number);
            JsonArray closed = jsonArray(get("requests.json?service_code=ROAD-REPAIR,STREETLIGHT&status=closed"));
            assertThat(ids(closed)).doesNotContain(number);
            assertThat(closed).allSatisfy(r -> assertThat(r.asJsonObject().getString("status"))
                    .isEqualTo("closed"));

            String today = LocalDate.now().toString();
            assertThat(ids(get("requests.json?start_date=" + today))).contains(number);
            assertThat(ids(get("requests.json?start_date=" + LocalDate.now().minusDays(30) + "&end_date="
                            + LocalDate.now().minusDays(1))))
                    .doesNotContain(number);
            assertThat(ids(get("requests.json?service_request_id=" + number + ",AJ20000101-0000-00&status=closed")))
                    .as("ids override every other filter")
                    .containsExactly(number);
            assertThat(ids(get("requests.json?service_request_id=" + number + "&start_date=yesterday")))
                    .as("even one that is wrong")
                    .containsExactly(number);

            assertSpecError(get("requests.json?start_date=2026-01-01&end_date=2026-12-31"), 400);
            assertSpecError(get("requests.json?status=resolved"), 400);
            assertSpecError(get("requests.json?start_date=yesterday"), 400);
        }

        @Test
        void atMostOneThousandRequestsComeBackNewestFirst() throws SQLException {
            String code = Demo.unique("ITCAP").toUpperCase();
            String office = "IT-" + code.substring(5, 12);
            Demo.execute(
                    "insert into office (code, name, kind, place_id, active, sample, version, created_at, updated_at)"
                            + " select ?, ?, 'TOWN_CENTRE', id, true, true, 0, now(3), now(3) from place where code = '510904110'",
                    office,
                    "测试中心 " + office);
            // 1,010 closed requests in January 2020 at an office of their own, so no other test's queue sees them
            Demo.execute(
                    "insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_phone,"
                            + " village_code, channel, office_id, status, promised_days, submitted_at, overdue, version,"
                            + " created_at, updated_at)"
                            + " select concat(?, '-', lpad(seq, 5, '0')), 'SERVICE_REQUEST', ?, '测试', '测试村民',"
                            + " '13900000000', ?, 'KIOSK', (select id from office where code = ?), 'CLOSED', 5,"
                            + " timestamp('2020-01-01 08:00:00') + interval seq minute, false, 0, now(3), now(3)"
                            + " from seq_1_to_1010",
                    code,
                    code,
                    SANMEN,
                    office);

            JsonArray capped =
                    jsonArray(get("requests.json?service_code=" + code + "&start_date=2020-01-01&end_date=2020-01-31"));

            assertThat(capped).hasSize(1_000);
            assertThat(capped.getJsonObject(0).getString("service_request_id")).isEqualTo(code + "-01010");
            assertThat(capped.getJsonObject(999).getString("service_request_id"))
                    .isEqualTo(code + "-00011");
            assertThat(jsonArray(get("requests.json?service_code=" + code)))
                    .as("the default period is the last 90 days")
                    .isEmpty();
        }

        private List<String> ids(HttpResponse<String> response) {
            return ids(jsonArray(response));
        }

        private List<String> ids(JsonArray requests) {
            return requests.stream()
                    .map(r -> r.asJsonObject().getString("service_request_id"))
                    .toList();
        }
    }

    @Nested
    class KeysPage {

        private static final Pattern ISSUED_KEY = Pattern.compile("id=\"list:issuedKey\">([A-Za-z0-9_-]{43})<");

        @Test
        void anAdministratorIssuesAKeyThatWorksAndRevokesItAndItStopsWorking() throws SQLException {
            PortalClient admin = new PortalClient();
            admin.signIn("admin", Demo.PASSWORD);
            String name = Demo.unique("it-page-");

            HttpResponse<String> issued = admin.submit("/admin/apikeys", "editor", Map.of("name", name), "issue");

            assertThat(issued.statusCode()).isEqualTo(200);
            Matcher matcher = ISSUED_KEY.matcher(issued.body());
            assertThat(matcher.find()).as("the key is shown once on the page").isTrue();
            String secret = matcher.group(1);
            assertThat(matters(
                            "select count(*) from api_key where name = ? and key_hash = ?",
                            name,
                            ApiKeySecrets.hash(secret)))
                    .isEqualTo(1);
            assertThat(matters(
                            "select count(*) from audit_entry where action = 'API_KEY_ISSUED' and summary like ?",
                            "%" + name))
                    .isEqualTo(1);
            assertThat(matters("select count(*) from audit_entry where summary like ?", "%" + secret + "%"))
                    .as("the key never reaches the audit log")
                    .isZero();
            assertThat(admin.get("/admin/apikeys").body())
                    .as("the list shows the prefix, never the key again")
                    .contains(secret.substring(0, 8))
                    .doesNotContain(secret);

            assertThat(post("requests.json", roadRepair(secret, uniquePhone())).statusCode())
                    .isEqualTo(201);
            assertThat(lastUsed(name)).as("last used is recorded").isNotNull();

            // the newest key is the first row
            HttpResponse<String> revoked = admin.submit("/admin/apikeys", "list", Map.of(), "keys:0:revoke");
            assertThat(revoked.statusCode()).isEqualTo(200);
            assertThat(matters("select count(*) from api_key where name = ? and revoked_at is not null", name))
                    .isEqualTo(1);
            assertThat(matters(
                            "select count(*) from audit_entry where action = 'API_KEY_REVOKED' and summary like ?",
                            "%" + name))
                    .isEqualTo(1);

            assertSpecError(post("requests.json", roadRepair(secret, uniquePhone())), 403);
        }

        @Test
        void onlyAdministratorsSeeTheKeysPage() {
            PortalClient staff = new PortalClient();
            staff.signIn("sanjia.staff", Demo.PASSWORD);

            assertThat(staff.get("/admin/apikeys").statusCode()).isEqualTo(403);
            assertThat(new PortalClient().get("/admin/apikeys").statusCode()).isEqualTo(302);
        }

        private java.sql.Timestamp lastUsed(String name) throws SQLException {
            try (Connection c = TestServer.sql();
                    PreparedStatement select = c.prepareStatement("select last_used_at from api_key where name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getTimestamp(1);
                }
            }
        }
    }
}
