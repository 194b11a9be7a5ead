package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundles and their rules, without a server. */
class ProblemMessagesTest {

    private final ProblemMessages messages = new ProblemMessages();
    private final Locale id = Locale.forLanguageTag("id");
    private final Locale en = Locale.ENGLISH;

    @Test
    void choosesTheFirstLanguageSpokenOrEnglish() {
        assertEquals("en", messages.choose(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB"))).getLanguage());
        assertEquals("id", messages.choose(List.of(Locale.forLanguageTag("id-ID"), en)).getLanguage());
        assertEquals("en", messages.choose(List.of(Locale.forLanguageTag("fr"))).getLanguage());
        assertEquals("en", messages.choose(List.of()).getLanguage());
    }

    @Test
    void fillsNamedArgumentsAndNamesRecords() {
        assertEquals(Optional.of("Batas waktu pelaporan 2025Q1 adalah 2025-04-15; administrator dapat memberi wilayah Anda pengecualian"),
                messages.detail(id, "period-locked", Map.of("period", "2025Q1", "deadline", "2025-04-15")));
        assertEquals(Optional.of("Usulan 'x' tidak ada"), messages.detail(id, "not-found", Map.of("entity", "Proposal", "key", "x")));
        assertEquals(Optional.of("Proposal 'x' does not exist"), messages.detail(en, "not-found", Map.of("entity", "Proposal", "key", "x")));
    }

    @Test
    void anUnknownCodeOrAMissingArgumentLeavesTheTextAsThrown() {
        assertEquals(Optional.empty(), messages.title(id, "a-rule-added-later"));
        assertEquals(Optional.empty(), messages.detail(id, "a-rule-added-later", Map.of()));
        assertEquals(Optional.empty(), messages.detail(id, "period-locked", Map.of("period", "2025Q1")));
        assertEquals("a-rule-added-later", CodedProblem.codeOf(CodedProblem.type("a-rule-added-later")));
    }

    @Test
    void aProblemRaisedWithACodeTheBundlesDoNotKnowKeepsItsEnglishText() {
        ProblemLanguageFilter filter = new ProblemLanguageFilter(messages);
        HttpProblem later = CodedProblem.of(Response.Status.CONFLICT, "a-rule-added-later")
                .title("A rule").detail("Explained in English").arg("region", "61.01").build();
        HttpProblem localized = filter.localize(later, id);
        assertEquals("A rule", localized.getTitle());
        assertEquals("Explained in English", localized.getDetail());
        assertEquals("urn:monev:problem:a-rule-added-later", localized.getType().toString());

        HttpProblem known = CodedProblem.of(Response.Status.FORBIDDEN, "region-scope")
                .title("Forbidden").detail("This account works only with the data within its region (61.01)")
                .arg("region", "61.01").build();
        assertEquals("Akun ini hanya dapat mengelola data dalam wilayahnya (61.01)", filter.localize(known, id).getDetail());
        assertEquals("This account works only with the data within its region (61.01)", filter.localize(known, en).getDetail());
    }

    @Test
    void fixedSentencesAreKeyedByTheirEnglishText() {
        assertEquals(Optional.of("wajib diisi"), messages.sentence(id, "must not be null"));
        assertEquals(Optional.empty(), messages.sentence(en, "must not be null"));
        assertEquals(Optional.empty(), messages.sentence(id, "a sentence nobody translated"));
    }
}
