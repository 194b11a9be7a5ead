package id.kalbar.monev.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.kalbar.monev.evaluation.EvaluationFixtures.createRecommendation;
import static id.kalbar.monev.evaluation.EvaluationFixtures.finding;
import static id.kalbar.monev.evaluation.EvaluationFixtures.meeting;
import static id.kalbar.monev.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MeetingSummaryPdfTest {

    @Test
    void theSummaryIsAnA4PdfWithLetterheadRecommendationsAndSignature() throws IOException {
        Map<String, Object> body = meeting("Rapat monev triwulan III");
        body.put("date", "2022-09-22");
        body.put("periods", List.of("2022Q3", "2022-09"));
        String meeting = api("verifier").contentType(ContentType.JSON).body(body).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        api("verifier").contentType(ContentType.JSON)
                .body(Map.of("text", "Dinas memutakhirkan data koperasi aktif", "ownerLevel", "PROVINCE", "dueDate", "2022-10-31"))
                .post("/api/v1/meetings/" + meeting + "/agreements").then().statusCode(201);
        String sambas = createFindingOf(meeting, "61.01", "Pembiayaan koperasi Sambas tertahan");
        String mempawah = createFindingOf(meeting, "61.02", "Data UMKM Mempawah belum lengkap");
        createRecommendation(sambas, "REGENCY", "61.01", LocalDate.of(2022, 11, 21));
        createRecommendation(mempawah, "REGENCY", "61.02", LocalDate.of(2022, 11, 21));

        String text = pdfText("verifier", meeting);
        assertTrue(text.contains("PEMERINTAH PROVINSI KALIMANTAN BARAT"), text);
        assertTrue(text.contains("DINAS KOPERASI DAN USAHA KECIL MENENGAH"), text);
        assertTrue(text.contains("22 September 2022"), text);
        assertTrue(text.contains("Triwulan III 2022, September 2022"), text);
        assertTrue(text.contains("Kabupaten Sambas"), text);
        assertTrue(text.contains("Dinas memutakhirkan data koperasi aktif"), text);
        assertTrue(text.contains("Pembiayaan koperasi Sambas tertahan"), text);
        assertTrue(text.contains("Pendampingan penyusunan proposal pembiayaan"), text);
        assertTrue(text.contains("3 – Belum ditindaklanjuti"), text);
        assertTrue(text.contains("Kepala Dinas Koperasi"), text);

        // A regency operator reads the meeting, with its own region's findings only.
        String operatorText = pdfText("op-6101", meeting);
        assertTrue(operatorText.contains("Pembiayaan koperasi Sambas tertahan"), operatorText);
        assertFalse(operatorText.contains("Data UMKM Mempawah belum lengkap"), operatorText);
        pdfText("ministry", meeting);
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        api("admin").get("/api/v1/meetings/" + UUID.randomUUID() + "/summary.pdf").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/v1/meetings/" + UUID.randomUUID() + "/summary.pdf")
                .then().statusCode(401);
    }

    private static String createFindingOf(String meeting, String region, String title) {
        Map<String, Object> body = new HashMap<>(finding(region));
        body.put("meetingId", meeting);
        body.put("title", title);
        return api("verifier").contentType(ContentType.JSON).body(body).post("/api/v1/findings")
                .then().statusCode(201).extract().path("id");
    }

    private static String pdfText(String user, String meeting) throws IOException {
        byte[] pdf = api(user).get("/api/v1/meetings/" + meeting + "/summary.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "a short summary fits on one page");
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()));
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
