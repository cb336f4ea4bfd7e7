package dev.glyphic.bootstrap.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The served OpenAPI document is what client authors start from: a Java client generated from it (openapi-generator,
 * library {@code native}) must compile and carry the README's first session ({@code ReadmeSession}, compiled against
 * the generated classes) through to the running server, with typed answers and the documented errors.
 */
class GeneratedClientTest {
    private static final String CLIENT_PACKAGE = "dev.glyphic.client";
    private static final String SESSION = "openapi-client/ReadmeSession.java";

    @Test
    void aClientGeneratedFromTheServedDocumentWalksTheReadmeSession() throws Exception {
        URI base = TestServer.get().uri();
        Path work = Files.createTempDirectory(Path.of("target"), "generated-client");
        Path spec = work.resolve("openapi.yml");
        HttpResponse<Path> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/openapi.yml")).build(), HttpResponse.BodyHandlers.ofFile(spec));
        assertEquals(200, served.statusCode());

        Path generated = work.resolve("client");
        generate(spec, generated);
        Path sources = generated.resolve("src/main/java");
        Path session = sources.resolve(CLIENT_PACKAGE.replace('.', '/')).resolve("ReadmeSession.java");
        try (InputStream in = GeneratedClientTest.class.getClassLoader().getResourceAsStream(SESSION)) {
            Files.copy(in, session);
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(sources, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedClientTest.class.getClassLoader())) {
            Class<?> walk = loader.loadClass(CLIENT_PACKAGE + ".ReadmeSession");
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) walk.getMethod("walk", String.class,
                    UnaryOperator.class).invoke(null, base.toString(),
                    (UnaryOperator<String>) email -> TestServer.get().mailbox().awaitToken(email, "gev"));
            assertEquals("owner", seen.get("orgRole"));
            assertEquals("pending", seen.get("invitationStatus"));
            assertEquals("member", seen.get("joinedRole"));
            assertEquals(403, seen.get("memberCreatesWorkspace"));
            assertEquals("https://glyphic.dev/problems/forbidden", seen.get("memberCreatesWorkspaceType"));
            assertEquals("admin", seen.get("promotedRole"));
            assertEquals(409, seen.get("lastOwnerLeaves"));
            assertEquals("https://glyphic.dev/problems/last-owner", seen.get("lastOwnerLeavesType"));
            assertEquals(404, seen.get("removedMemberReadsOrg"));
            @SuppressWarnings("unchecked")
            List<String> actions = (List<String>) seen.get("auditActions");
            assertEquals(List.of("member.removed", "member.role_changed", "member.joined"), actions);
        }
    }

    private static void generate(Path spec, Path output) {
        CodegenConfigurator config = new CodegenConfigurator()
                .setInputSpec(spec.toString())
                .setGeneratorName("java")
                .setLibrary("native")
                .setOutputDir(output.toString())
                .setApiPackage(CLIENT_PACKAGE + ".api")
                .setModelPackage(CLIENT_PACKAGE + ".model")
                .setInvokerPackage(CLIENT_PACKAGE)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("annotationLibrary", "none")
                .addAdditionalProperty("hideGenerationTimestamp", true)
                // Every model compiles (a broken schema anywhere fails the test); the APIs are those the walk uses.
                .addGlobalProperty("apis", "Auth,Organizations,Workspaces,Invitations,Members,Audit")
                .addGlobalProperty("models", "")
                .addGlobalProperty("supportingFiles", "")
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        List<java.io.File> files = new DefaultGenerator().opts(config.toClientOptInput()).generate();
        assertTrue(files.size() > 10, "the generator wrote " + files.size() + " files");
    }

    /** Compiles against the test's own class path, which has Jackson and jakarta.annotation like a client's would. */
    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                    "-classpath", testClassPath()));
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(ok, () -> "the generated client does not compile:\n" + out + diagnostics.getDiagnostics()
                    .stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).limit(20)
                    .map(Object::toString).reduce("", (a, b) -> a + b + "\n"));
        }
    }

    /** Surefire may hand the JVM a manifest-only jar; it publishes the real class path here. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
