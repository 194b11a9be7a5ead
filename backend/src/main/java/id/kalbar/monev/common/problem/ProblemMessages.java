package id.kalbar.monev.common.problem;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of problem responses in the languages the API speaks, from the {@code problems} bundles:
 * {@code <code>.title} and {@code <code>.detail} per problem code (details with named arguments such as
 * {@code {region}}), {@code entity.<Name>} for record names, and {@code text.<slug>} for fixed sentences
 * such as field messages, keyed by their English text in lower case with every run of other characters
 * than letters and digits written as one hyphen ("must not be blank" → {@code text.must-not-be-blank}).
 */
@ApplicationScoped
public class ProblemMessages {

    /**
     * The dashboard always asks for its user's language (Indonesian unless switched); a client that asks
     * for neither language (scripts, integrations) reads English, as the contract's examples are written.
     */
    public static final List<String> LANGUAGES = List.of("id", "en");
    public static final Locale DEFAULT = Locale.ENGLISH;

    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, ResourceBundle> bundles = Map.of(
            "id", ResourceBundle.getBundle("problems", Locale.forLanguageTag("id"), NO_FALLBACK),
            "en", ResourceBundle.getBundle("problems", Locale.ROOT, NO_FALLBACK));

    /** The first language of the list that the API speaks, or the default. */
    public Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("in".equals(language)) {
                language = "id"; // The old ISO code of Indonesian.
            }
            if (LANGUAGES.contains(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return DEFAULT;
    }

    public Optional<String> title(Locale locale, String code) {
        return text(locale, code + ".title");
    }

    /** The detail template of the code filled with the arguments; empty if one is missing. */
    public Optional<String> detail(Locale locale, String code, Map<String, ?> arguments) {
        return text(locale, code + ".detail").flatMap(template -> fill(locale, template, arguments));
    }

    /** A fixed English sentence in the language, if the bundle knows it. */
    public Optional<String> sentence(Locale locale, String english) {
        return english == null ? Optional.empty() : text(locale, "text." + slug(english));
    }

    static String slug(String english) {
        return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private Optional<String> fill(Locale locale, String template, Map<String, ?> arguments) {
        Matcher matcher = ARGUMENT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = arguments.get(matcher.group(1));
            if (value == null) {
                return Optional.empty();
            }
            String shown = value instanceof String name && matcher.group(1).equals("entity")
                    ? text(locale, "entity." + name).orElse(name)
                    : value.toString();
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private Optional<String> text(Locale locale, String key) {
        ResourceBundle bundle = bundles.getOrDefault(locale.getLanguage(), bundles.get(DEFAULT.getLanguage()));
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
