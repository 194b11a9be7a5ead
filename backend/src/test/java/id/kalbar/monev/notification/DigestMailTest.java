package id.kalbar.monev.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.kalbar.monev.support.MailServerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DigestMailTest {

    @Inject
    MailDelivery mail;

    @Test
    void settingsAreEachUsersOwn_withADailyDigestByDefault() {
        api("op-6110").get("/api/v1/me/notification-settings").then().statusCode(200)
                .body("emailMode", equalTo("DAILY")).body("mailEnabled", equalTo(true));
        badInput("op-6110").contentType(ContentType.JSON).body(Map.of("email", "bukan alamat", "emailMode", "DAILY"))
                .put("/api/v1/me/notification-settings").then().statusCode(400).body("errors[0].field", equalTo("email"));
        badInput("op-6110").contentType(ContentType.JSON).body(Map.of("emailMode", "HOURLY"))
                .put("/api/v1/me/notification-settings").then().statusCode(400);
        api("op-6110").get("/api/v1/me/notification-settings").then().statusCode(200).body("email", equalTo(null));
    }

    @Test
    void theDailyDigestArrivesOnceInBahasaIndonesiaWithLinks() throws Exception {
        String address = "operator.sanggau@example.go.id";
        settings("op-6103", address, "DAILY");
        String indicator = returnedValue("op-6103", "61.03");

        assertThat(mail.sendDailyDigests(today())).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mine = received(address);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getSubject()).startsWith("Ringkasan Monev KUMKM");
        String text = GreenMailUtil.getBody(mine.get(0));
        assertThat(text).contains("Yth. op-6103").contains("Nilai dikembalikan").contains(indicator)
                .contains("https://monev.example.go.id/reporting?");

        mail.sendDailyDigests(today());
        returnedValue("op-6103", "61.03");
        mail.sendDailyDigests(today());
        assertThat(received(address)).hasSize(1);
        mail.sendDailyDigests(today().plusDays(1));
        assertThat(received(address)).hasSize(2);
    }

    @Test
    void thoseWhoChoseEachEventGetAMailPerNotification_andThoseWhoChoseOffNone() throws Exception {
        settings("op-6104", "operator.ketapang@example.go.id", "EACH");
        settings("op-6105", "operator.sintang@example.go.id", "OFF");
        String indicator = returnedValue("op-6104", "61.04");
        returnedValue("op-6105", "61.05");
        mail.sendEachEvent();
        mail.sendEachEvent();
        mail.sendDailyDigests(today().plusDays(2));
        List<MimeMessage> each = received("operator.ketapang@example.go.id").stream()
                .filter(m -> subject(m).contains(indicator)).toList();
        assertThat(each).hasSize(1);
        assertThat(each.get(0).getSubject()).startsWith("Monev KUMKM: Nilai dikembalikan");
        assertThat(received("operator.sintang@example.go.id")).isEmpty();
    }

    private static void settings(String user, String email, String mode) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("emailMode", mode);
        api(user).contentType(ContentType.JSON).body(body).put("/api/v1/me/notification-settings").then().statusCode(200)
                .body("email", equalTo(email)).body("emailMode", equalTo(mode));
    }

    private static String returnedValue(String operator, String region) {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save(operator, indicator, region, quarter, 3).statusCode(201);
        submit(operator, indicator, region, quarter).statusCode(200);
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Periksa kembali angka"))
                .post("/api/v1/realizations/" + indicator + "/" + region + "/" + quarter + "/return").then().statusCode(200);
        return indicator;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(MailServerResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
