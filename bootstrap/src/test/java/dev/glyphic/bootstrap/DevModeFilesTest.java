package dev.glyphic.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A development server's data directory holds its database and generated secrets: other users of the machine may
 * not read them, from the moment they exist.
 */
class DevModeFilesTest {
    @TempDir
    Path temp;

    @Test
    void theDataDirectoryAndTheSecretsFileAreCreatedOwnerOnly() throws Exception {
        Path data = temp.resolve("fresh").resolve(".glyphic");

        DevSecrets secrets = DevSecrets.loadOrCreate(data);

        assertEquals("rwx------", permissions(data));
        assertEquals("rwx------", permissions(data.getParent()), "missing parents are created owner-only too");
        assertEquals("rw-------", permissions(data.resolve("dev-secrets.properties")));
        assertEquals(secrets, DevSecrets.loadOrCreate(data), "the secrets survive a restart");
    }

    @Test
    void aDataDirectoryLeftOpenByAnEarlierVersionIsClosed() throws Exception {
        Path data = Files.createDirectory(temp.resolve("old"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = Files.writeString(data.resolve("dev-secrets.properties"), "jwtSecret=a\nmasterKey=b\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnly.directory(data);
        DevSecrets secrets = DevSecrets.loadOrCreate(data);

        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(file));
        assertEquals("a", secrets.jwtSecret());
    }

    @Test
    void aNewFileIsNeverOverwritten() throws Exception {
        Path file = temp.resolve("once");
        try (var out = OwnerOnly.newFile(file)) {
            out.write(1);
        }
        assertEquals("rw-------", permissions(file));
        assertTrue(assertThrowsIo(() -> OwnerOnly.newFile(file)), "CREATE_NEW: an existing file is an error");
    }

    private interface IoCall {
        void run() throws Exception;
    }

    private static boolean assertThrowsIo(IoCall call) {
        try {
            call.run();
            return false;
        } catch (java.nio.file.FileAlreadyExistsException expected) {
            return true;
        } catch (Exception other) {
            return false;
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
