package id.kalbar.monev.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.kalbar.monev.common.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A JSON array of objects whose fields are the kind's columns, read element by element. */
final class JsonRows implements RowSource {

    private final JsonParser parser;
    private final List<String> columns;
    private long number;

    JsonRows(InputStream body, List<String> columns) throws IOException {
        this.parser = new JsonFactory().createParser(body);
        this.columns = columns;
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw Problems.validation("body", "must be a JSON array of objects with the fields " + String.join(", ", columns));
        }
    }

    @Override
    public ImportRow next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        number++;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new ImportRow(number, new String[columns.size()], true);
        }
        String[] values = new String[columns.size()];
        boolean malformed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int column = columns.indexOf(name);
            if (column < 0) {
                throw Problems.validation("[" + number + "]." + name, "is not a known field; the fields are "
                        + String.join(", ", columns));
            }
            if (value.isStructStart()) {
                parser.skipChildren();
                malformed = true;
            } else if (value != JsonToken.VALUE_NULL) {
                values[column] = parser.getText();
            }
        }
        return new ImportRow(number, values, malformed);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
