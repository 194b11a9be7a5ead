package id.kalbar.monev.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Codes no other test uses, so tests share one database without stepping on each other. */
public final class TestCodes {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();

    private TestCodes() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + NEXT.incrementAndGet();
    }
}
