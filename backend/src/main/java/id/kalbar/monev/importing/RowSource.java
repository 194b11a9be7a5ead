package id.kalbar.monev.importing;

import java.io.IOException;

/** Rows read one at a time from the request body, so that a file is never held whole in memory. */
interface RowSource extends AutoCloseable {

    /** The next row, or null at the end. */
    ImportRow next() throws IOException;

    @Override
    void close() throws IOException;
}
