package org.bianmin.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Uploads are told apart by their content, never by their name")
class UploadTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void photosAndPdfsAreRecognised() {
        assertThat(Upload.check(JPEG).kind()).isEqualTo(FileKind.JPEG);
        assertThat(Upload.check(PNG).kind()).isEqualTo(FileKind.PNG);
        assertThat(Upload.check(PDF).kind()).isEqualTo(FileKind.PDF);
        assertThat(Upload.check(JPEG).sha256()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><script>alert(1)</script></html>",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "#!/bin/sh\nrm -rf /\n",
                "GIF89a\u0001\u0000\u0001\u0000",
                "PK\u0003\u0004 a zip or an office file"
            })
    void markupScriptsAndOtherKindsAreRefusedWhateverTheyAreCalled(String content) {
        assertThatThrownBy(() -> Upload.check(content.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("onestop.error.fileType");
    }

    @Test
    void emptyAndTooBigFilesAreRefused() {
        assertThatThrownBy(() -> Upload.check(new byte[0])).hasMessage("onestop.error.fileEmpty");
        byte[] big = Arrays.copyOf(JPEG, FileKind.MAX_BYTES + 1);
        assertThatThrownBy(() -> Upload.check(big)).hasMessage("onestop.error.fileTooBig");
        assertThat(Upload.check(Arrays.copyOf(JPEG, FileKind.MAX_BYTES)).size()).isEqualTo(FileKind.MAX_BYTES);
    }
}
