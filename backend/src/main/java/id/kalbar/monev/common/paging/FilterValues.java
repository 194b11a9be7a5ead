package id.kalbar.monev.common.paging;

import id.kalbar.monev.common.problem.Problems;

import java.util.Arrays;
import java.util.Locale;

/** Parses filter query parameters; a bad value is a 400 naming the parameter and what it accepts. */
public final class FilterValues {

    private FilterValues() {
    }

    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String parameter) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.validation(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Boolean bool(String raw, String parameter) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.validation(parameter, "must be true or false");
        };
    }
}
