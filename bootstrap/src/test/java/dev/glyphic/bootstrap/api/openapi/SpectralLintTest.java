package dev.glyphic.bootstrap.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glyphic.bootstrap.testing.TestServer;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document lints clean with Spectral and the OWASP API Top 10 ruleset, installed and configured
 * exactly as the team's script ({@code ../shared/tools/spectral.sh}) does it: the same pinned npm packages under
 * /tmp/tools/spectral, the same ruleset. The install needs the npm registry once; where Node.js is missing or the
 * install cannot happen, the test is skipped and says why. The script prints only the last 40 findings, where
 * hundreds of warnings can hide an error, so the test runs Spectral itself and keeps the errors.
 */
class SpectralLintTest {
    private static final Path SPECTRAL_DIR = Path.of("/tmp/tools/spectral");
    private static final List<String> PACKAGES = List.of("@stoplight/spectral-cli@6.16.3",
            "@stoplight/spectral-owasp-ruleset@2.0.1");
    private static final String RULESET = "extends: [\"spectral:oas\", \"@stoplight/spectral-owasp-ruleset\"]\n";

    @Test
    void theServedDocumentLintsCleanWithTheOwaspRuleset() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "Spectral lint skipped: Node.js and npm are not on the PATH");
        Path spectral = SPECTRAL_DIR.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(spectral)) {
            Files.createDirectories(SPECTRAL_DIR);
            List<String> install = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund"));
            install.addAll(PACKAGES);
            List<String> output = run(install, SPECTRAL_DIR);
            assumeTrue(Files.isExecutable(spectral), "Spectral lint skipped: npm could not install it: " + output);
        }
        Path ruleset = SPECTRAL_DIR.resolve(".spectral.yaml");
        Files.writeString(ruleset, RULESET);

        Path spec = Files.createTempFile("glyphic-openapi", ".yml");
        HttpResponse<Path> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                TestServer.get().uri().resolve("/openapi.yml")).build(), HttpResponse.BodyHandlers.ofFile(spec));
        assertEquals(200, served.statusCode());

        List<String> errors = run(List.of(spectral.toString(), "lint", spec.toString(), "--ruleset",
                ruleset.toString(), "-f", "text", "-D"), SPECTRAL_DIR).stream()
                .filter(line -> line.contains(" error ")).toList();
        assertEquals(List.of(), errors, "Spectral errors in the served document");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static List<String> run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assumeTrue(process.waitFor(5, TimeUnit.MINUTES), "Spectral lint skipped: " + command + " did not finish");
        return new String(out, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
