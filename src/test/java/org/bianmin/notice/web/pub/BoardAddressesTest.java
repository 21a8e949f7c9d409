package org.bianmin.notice.web.pub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoardAddressesTest {

    @Test
    void thePermanentAddressesGoToTheirPagesAndMayBeCached() {
        assertThat(BoardAddresses.resolve("/public/notices/village/510904110201"))
                .isEqualTo(new BoardAddresses.Target("/public/notices/village?code=510904110201", true, false));
        assertThat(BoardAddresses.resolve("/public/notices/42"))
                .isEqualTo(new BoardAddresses.Target("/public/notices/notice?id=42", true, false));
        assertThat(BoardAddresses.resolve("/public/notices/poster/510904110201"))
                .isEqualTo(new BoardAddresses.Target("/public/notices/poster?village=510904110201", true, false));
        assertThat(BoardAddresses.resolve("/public/notices")).isEqualTo(new BoardAddresses.Target(null, true, false));
        assertThat(BoardAddresses.resolve("/public/notices/posters").cacheable())
                .isTrue();
    }

    @Test
    void theObjectionFormIsNeverKept() {
        assertThat(BoardAddresses.resolve("/public/notices/objection"))
                .isEqualTo(new BoardAddresses.Target(null, false, true));
    }

    @Test
    void anythingElseIsLeftAlone() {
        for (String path : new String[] {
            "/public/notices/village/5109",
            "/public/notices/village/510904110201/x",
            "/public/notices/abc",
            "/public/notices/photo/3",
            "/public/notices/42/",
            "/public/notices/1234567890123456789",
            null
        }) {
            BoardAddresses.Target target = BoardAddresses.resolve(path);
            assertThat(target.forwardTo()).as(path).isNull();
            assertThat(target.cacheable()).as(path).isFalse();
        }
    }

    @Test
    void theValidatorChangesWithTheBody() {
        String one = BoardCache.etag("一".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(one).startsWith("\"").endsWith("\"").hasSize(29);
        assertThat(BoardCache.etag("一".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(one);
        assertThat(BoardCache.etag("二".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEqualTo(one);
    }
}
