package dev.glyphic.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of a development server that nobody else on the machine may read: its data directory (the embedded
 * database, generated secrets) and the secrets file. They are created with owner-only permissions, not created and
 * then narrowed, so there is no moment when another user could open them. On a file system without POSIX
 * permissions (Windows) the user's profile directory is what protects them.
 */
final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the directory (and missing parents) as {@code 0700}; an existing one others may enter is narrowed. */
    static void directory(Path directory) throws IOException {
        if (!posix()) {
            Files.createDirectories(directory);
            return;
        }
        if (Files.isDirectory(directory)) {
            narrow(directory, DIRECTORY);
        } else {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
    }

    /** Creates a new file as {@code 0600} and opens it for writing; fails if it exists. */
    static OutputStream newFile(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file, options, attributes));
    }

    /** An earlier version created these with the default umask; take away what others were given. */
    static void narrow(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            LOG.warn("{} was readable by other users; it is now {}", path.toAbsolutePath(),
                    PosixFilePermissions.toString(wanted));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
