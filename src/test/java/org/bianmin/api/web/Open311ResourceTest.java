package org.bianmin.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading an Open311 call: attributes and language")
class Open311ResourceTest {

    @Test
    void readsAttributesAsTheSpecWritesThemIncludingRepeatedOnesForAMultivaluelist() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("api_key", "secret");
        form.add("attribute[place]", "三组王家院子旁");
        form.add("attribute[problems]", "cracks");
        form.add("attribute[problems]", "roof");
        form.add("attribute[meals][]", "lunch");
        form.add("attribute[]", "nameless");
        form.add("attributes[x]", "not an attribute");

        assertThat(Open311Resource.attributes(form))
                .containsOnlyKeys("place", "problems", "meals")
                .containsEntry("place", List.of("三组王家院子旁"))
                .containsEntry("problems", List.of("cracks", "roof"))
                .containsEntry("meals", List.of("lunch"));
    }

    @Test
    void theLanguageIsChineseUnlessEnglishIsAskedFor() {
        assertThat(ApiLocale.of(null, List.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLocale.of("en", List.of())).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLocale.of("en-GB", List.of(Locale.CHINESE))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLocale.of("zh", List.of(Locale.ENGLISH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLocale.of("fr", List.of(Locale.ENGLISH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLocale.of(null, List.of(Locale.FRENCH, Locale.US))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLocale.of(null, List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void errorsAnswerInTheFormatTheAddressAskedFor() {
        assertThat(Open311Format.ofPath("/open311/v2/requests.xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/requests.json")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("/open311/v2/nothing")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.XML.contentType()).startsWith("text/xml");
    }
}
