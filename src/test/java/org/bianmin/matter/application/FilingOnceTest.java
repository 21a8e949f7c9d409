package org.bianmin.matter.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A filing key files once; every later submission gets what the first one filed")
class FilingOnceTest {

    private static final String KEY = "5f0c1c1e-8a0b-4d8e-9d55-0c3f2e8b1a77";

    /** Keys as the database keeps them: a claimed key without its matter is what a rolled-back filing leaves. */
    private final Map<String, Long> table = new HashMap<>();

    private final FilingKeys keys = new FilingKeys() {
        @Override
        public Optional<Long> claim(String key) {
            if (table.containsKey(key)) {
                return Optional.of(table.get(key));
            }
            table.put(key, null);
            return Optional.empty();
        }

        @Override
        public void bind(String key, long matterId) {
            table.put(key, matterId);
        }
    };

    private final AtomicInteger filings = new AtomicInteger();

    private long fileOne() {
        return 100 + filings.incrementAndGet();
    }

    @Test
    void theFirstSubmissionFilesAndTheKeyRemembersTheMatter() {
        String receipt = new FilingOnce(keys).file(KEY, this::fileOne, id -> "receipt " + id);
        assertThat(receipt).isEqualTo("receipt 101");
        assertThat(filings).hasValue(1);
        assertThat(table).containsEntry(KEY, 101L);
    }

    @Test
    void aReplayIsAnsweredWithTheFirstMatterAndFilesNothing() {
        FilingOnce once = new FilingOnce(keys);
        once.file(KEY, this::fileOne, id -> "receipt " + id);
        for (int replay = 0; replay < 10; replay++) {
            String receipt = once.file(KEY, this::fileOne, id -> "receipt " + id);
            assertThat(receipt).isEqualTo("receipt 101");
        }
        assertThat(filings).hasValue(1);
    }

    @Test
    void anotherKeyFilesAnotherMatter() {
        FilingOnce once = new FilingOnce(keys);
        once.file(KEY, this::fileOne, Long::valueOf);
        Long second = once.file("another-key-0000000001", this::fileOne, Long::valueOf);
        assertThat(second).isEqualTo(102L);
    }

    @Test
    void aFilingThatFailsFilesNothingAndTheErrorReachesTheCaller() {
        assertThatThrownBy(() -> new FilingOnce(keys)
                        .file(
                                KEY,
                                () -> {
                                    throw new BusinessException("onestop.error.itemGone");
                                },
                                Long::valueOf))
                .hasMessage("onestop.error.itemGone");
        assertThat(filings).hasValue(0);
    }

    @Test
    void malformedKeysAreRefusedBeforeAnythingIsClaimed() {
        for (String bad : new String[] {null, "", "short", "a key with spaces in it!", "x".repeat(65)}) {
            assertThatThrownBy(() -> new FilingOnce(keys).file(bad, this::fileOne, Long::valueOf))
                    .hasMessage("matter.error.filingKey");
        }
        assertThat(table).isEmpty();
        assertThat(filings).hasValue(0);
    }
}
