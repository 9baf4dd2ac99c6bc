package app.vinculo.system;

import org.openqa.selenium.chromium.ChromiumDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.awaitility.Awaitility.await;

/** Files a browser downloads: into a new folder of the test's own, each one awaited until it is complete. */
final class Downloads {

    private final Path folder;

    private Downloads(Path folder) {
        this.folder = folder;
    }

    /** From now on the browser saves downloads into a new empty folder. */
    static Downloads of(Browser b) throws IOException {
        Path folder = Files.createTempDirectory("vinculo-downloads");
        ((ChromiumDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toString()));
        return new Downloads(folder);
    }

    /** The file of exactly this name, once written. */
    Path file(String name) {
        Path file = folder.resolve(name);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.size(file) > 0);
        return file;
    }

    /** The first file named {@code prefix…suffix}, once written (Chrome renames it when complete). */
    Path file(String prefix, String suffix) {
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var files = Files.list(folder)) {
                found[0] = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(suffix) && f.toFile().length() > 0).findFirst().orElse(null);
            }
            return found[0] != null;
        });
        return found[0];
    }

    /** The text of a downloaded PDF. */
    static String pdfText(Path pdf) throws IOException {
        return PdfText.of(Files.readAllBytes(pdf));
    }

    /** The shared strings of a downloaded workbook (every text cell), read from the XLSX zip. */
    static String xlsxStrings(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
