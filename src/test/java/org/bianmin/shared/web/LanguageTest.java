package org.bianmin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The portal's languages: Simplified Chinese unless English was chosen")
class LanguageTest {

    /** A request that answers only getCookies(). */
    private static HttpServletRequest requestWith(Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                LanguageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCookies")) {
                        return cookies.length == 0 ? null : cookies;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theEnglishTagMeansEnglish() {
        assertThat(Language.fromTag("en")).isEqualTo(Language.EN);
    }

    @Test
    void theChineseTagMeansChinese() {
        assertThat(Language.fromTag("zh")).isEqualTo(Language.ZH);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"fr", "english", "en-GB", "../en"})
    void anUnknownTagMeansChinese(String tag) {
        assertThat(Language.fromTag(tag)).isEqualTo(Language.ZH);
    }

    @Test
    void theTagsAndLocalesAreTheOnesTheBundlesUse() {
        assertThat(Language.ZH.tag()).isEqualTo("zh");
        assertThat(Language.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.EN.tag()).isEqualTo("en");
        assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aVisitorWithoutCookiesGetsChinese() {
        assertThat(Language.of(requestWith())).isEqualTo(Language.ZH);
    }

    @Test
    void theLanguageCookieChoosesTheLanguage() {
        HttpServletRequest request = requestWith(new Cookie("JSESSIONID", "x"), new Cookie(Language.COOKIE, "en"));

        assertThat(Language.of(request)).isEqualTo(Language.EN);
    }

    @Test
    void otherCookiesDoNotChooseTheLanguage() {
        assertThat(Language.of(requestWith(new Cookie("lang", "en")))).isEqualTo(Language.ZH);
    }

    @Test
    void aForgedCookieValueFallsBackToChinese() {
        assertThat(Language.of(requestWith(new Cookie(Language.COOKIE, "<script>"))))
                .isEqualTo(Language.ZH);
    }
}
