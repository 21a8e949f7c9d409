package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on what a page shows, shared by the HTTP-level tests. */
public final class Pages {

    private Pages() {}

    /** No Java stack frame, exception trace or server error page text reaches the browser. */
    public static void assertNoStackTrace(String body) {
        assertThat(body)
                .doesNotContainPattern("\\bat [a-z][\\w.$]+\\(")
                .doesNotContain(".java:")
                .doesNotContain("Exception: ")
                .doesNotContain("Caused by");
    }
}
