package id.kalbar.monev.boot;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs one of the PostgreSQL programs to completion; its output becomes the message when it fails. */
final class PgCtl {

    private PgCtl() {
    }

    static String run(List<String> command) throws IOException {
        return run(command, null);
    }

    /** {@code input}, when given, is written to the program's standard input (never its arguments). */
    static String run(List<String> command, String input) throws IOException {
        List<String> full = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // Run as root (containers, CI): PostgreSQL refuses root, so it runs in a user namespace, as zonky does.
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        // pg_ctl and initdb read these: the cluster's settings are ours alone.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output;
        try (InputStream stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(command.get(0).replaceAll(".*/", "") + " " + command.get(1)
                        + " failed with exit code " + exit + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        }
        return output;
    }
}
