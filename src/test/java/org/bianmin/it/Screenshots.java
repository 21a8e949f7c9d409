package org.bianmin.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The guides' screenshots, taken by the browser tests as they walk the journeys, so the pictures in docs/ show what the
 * code does. Only when asked: {@code mvn verify -Dbianmin.screenshots=docs/images -Dit.test=...}.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void take(WebDriver browser, String name) {
        String directory = System.getProperty("bianmin.screenshots");
        if (directory == null || directory.isBlank() || !(browser instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Path target = Path.of(directory);
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
