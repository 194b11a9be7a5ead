package id.kalbar.monev.importing;

import java.io.IOException;
import java.io.InputStream;
import id.kalbar.monev.common.problem.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An upload is received whole, into a temporary file and within the size limit, before a load takes a
 * database connection: a slow or broken client never holds one.
 */
final class Uploads {

    private Uploads() {
    }

    static Path spool(InputStream body, long maxBytes) {
        try {
            Path file = Files.createTempFile("monev-import-", ".upload");
            try (InputStream in = new LimitedInputStream(body, maxBytes)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw Problems.validation("body", "could not be received whole: " + e.getMessage());
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
