package org.bianmin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The language switch returns only to a page of this site")
class LanguageServletTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "/",
                "/public/notices",
                "/admin/users.xhtml?edit=3",
                "/public/rights#list",
                "/public/notices?q=%E5%85%AC%E5%91%8A"
            })
    void aPathOnThisSiteIsKept(String back) {
        assertThat(LanguageServlet.safePath(back)).isEqualTo(back);
    }

    @Test
    void aPathOf300CharactersIsKept() {
        String longest = "/" + "a".repeat(299);

        assertThat(LanguageServlet.safePath(longest)).isEqualTo(longest);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "http://evil", // another site
                "https://evil.com/public/notices",
                "//evil.com", // protocol-relative: another site
                "///evil.com",
                "/\\evil", // browsers read a backslash as a slash
                "\\\\evil.com",
                "/a\r\nb", // header splitting
                "/a\rb",
                "/\t/evil.com", // browsers drop tabs: this would become //evil.com
                "/a\nSet-Cookie: x=y",
                "public/notices", // relative, not a path on this site
                "javascript:alert(1)",
                " /public/notices"
            })
    void anythingElseGoesToTheHomePage(String back) {
        assertThat(LanguageServlet.safePath(back)).isEqualTo("/");
    }

    @Test
    void aPathLongerThan300CharactersGoesToTheHomePage() {
        assertThat(LanguageServlet.safePath("/" + "a".repeat(300))).isEqualTo("/");
    }
}
