package id.kalbar.monev.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.Serial;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Values in a JSON body that no column can hold are refused while the body is read, naming the field:
 * text with a NUL character (PostgreSQL text cannot store it), dates outside years 1–9999, and values
 * of another JSON type than the contract's (no silent coercion of numbers to text or text to numbers).
 */
@Singleton
public class InputJson implements ObjectMapperCustomizer {

    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    @Override
    public void customize(ObjectMapper mapper) {
        // The contract's types are meant: 12 is not a text, "12" is not a number, 1 is not an enum constant.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A body is one JSON value: "{}}" is malformed, not an empty object followed by noise.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("storable-input")
                .addDeserializer(String.class, new StorableStringDeserializer())
                .addDeserializer(LocalDate.class, new StorableDateDeserializer()));
    }

    @Override
    public int priority() {
        // After the defaults, so that these deserializers take precedence over the Java time module's.
        return MINIMUM_PRIORITY + 1;
    }

    /** A value the client sent that cannot be stored; the message is for the client. */
    public static final class UnstorableValueException extends InvalidFormatException {
        @Serial
        private static final long serialVersionUID = 1L;

        UnstorableValueException(JsonParser parser, String message, Object value, Class<?> type) {
            super(parser, message, value, type);
        }
    }

    static final class StorableStringDeserializer extends StringDeserializer {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new UnstorableValueException(parser, "must not contain a NUL character", value, String.class);
            }
            return value;
        }
    }

    /** Dates as ISO-8601 text only (not numbers or arrays), within the years a date column is meant to hold. */
    static final class StorableDateDeserializer extends StdScalarDeserializer<LocalDate> {
        @Serial
        private static final long serialVersionUID = 1L;

        StorableDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String raw = parser.getText();
            if (raw.indexOf('\u0000') >= 0) {
                throw new UnstorableValueException(parser, "must not contain a NUL character", raw, LocalDate.class);
            }
            String text = raw.trim();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new UnstorableValueException(parser, "must be a date such as 2026-01-31", text, LocalDate.class);
            }
            if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
                throw new UnstorableValueException(parser, "must be a date between 0001-01-01 and 9999-12-31", text,
                        LocalDate.class);
            }
            return date;
        }
    }
}
