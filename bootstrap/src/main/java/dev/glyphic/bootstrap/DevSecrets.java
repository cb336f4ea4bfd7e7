package dev.glyphic.bootstrap;

import dev.glyphic.bootstrap.config.StartupProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets for a development server, generated once and kept beside its embedded database so that sessions and
 * encrypted credentials survive a restart. Never used when a real database is configured. The file and its
 * directory are readable by their owner only ({@link OwnerOnly}).
 */
record DevSecrets(String jwtSecret, String masterKey) {
    private static final String FILE = "dev-secrets.properties";

    static DevSecrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            OwnerOnly.directory(dataDirectory);
            Properties properties = new Properties();
            if (Files.exists(file)) {
                OwnerOnly.narrow(file, OwnerOnly.FILE);
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            } else {
                SecureRandom random = new SecureRandom();
                properties.setProperty("jwtSecret", randomBase64(random, 48));
                properties.setProperty("masterKey", randomBase64(random, 32));
                try (OutputStream out = OwnerOnly.newFile(file)) {
                    properties.store(out, "Glyphic development secrets. Never use these in production.");
                }
            }
            return new DevSecrets(properties.getProperty("jwtSecret"), properties.getProperty("masterKey"));
        } catch (IOException e) {
            throw new StartupProblem("cannot read or write development secrets in " + file + ": " + e.getMessage());
        }
    }

    private static String randomBase64(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    @Override
    public String toString() {
        return "DevSecrets[***]";
    }
}
