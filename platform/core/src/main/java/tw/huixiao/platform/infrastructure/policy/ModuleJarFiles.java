package tw.huixiao.platform.infrastructure.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Jar bytes from the module store as files, which class loaders and {@code JarFile} need: one
 * private directory per server process, each jar named by its SHA-256 and written once
 * (atomically), so a loaded module's file never changes under its class loader.
 */
final class ModuleJarFiles {

    private static volatile Path directory;

    private ModuleJarFiles() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar as a file named by its digest (the digest is computed here, never trusted). */
    static Path materialize(byte[] jar) {
        try {
            Path file = directory().resolve(sha256(jar) + ".jar");
            if (!Files.exists(file)) {
                Path partial = Files.createTempFile(directory(), "incoming", ".part");
                Files.write(partial, jar);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scratch copy for inspecting an upload, deleted by the caller. */
    static Path scratch(byte[] jar) throws IOException {
        Path file = Files.createTempFile(directory(), "upload", ".jar");
        Files.write(file, jar);
        return file;
    }

    private static Path directory() throws IOException {
        Path d = directory;
        if (d == null) {
            synchronized (ModuleJarFiles.class) {
                if (directory == null) {
                    directory = Files.createTempDirectory("huixiao-modules");
                }
                d = directory;
            }
        }
        return d;
    }
}
