package id.kalbar.monev.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory holding the embedded database and generated keys: MONEV_DATA_DIR, or ./data. */
public final class DataDirectory {

    static final String ENV = "MONEV_DATA_DIR";
    static final String PROPERTY = "monev.data-dir";

    private DataDirectory() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        Path dir = Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        // Quarkus reads the same location for the key files.
        System.setProperty(PROPERTY, dir.toString());
        return dir;
    }
}
