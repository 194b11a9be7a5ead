package id.kalbar.monev.evaluation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.kalbar.monev.common.period.PeriodWords;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the summary of an evaluation meeting as an A4 PDF in Bahasa Indonesia: the agency's
 * letterhead, the meeting, attendance, agreements, findings with their recommendations and follow-up
 * status, and the signature block. Tables flow across pages; nothing forces a page break.
 */
@ApplicationScoped
public class MeetingSummaryPdf {

    private static final Logger LOG = Logger.getLogger(MeetingSummaryPdf.class);
    private static final Color RULE = new Color(0x33, 0x33, 0x33);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Font LETTERHEAD_TOP = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LETTERHEAD_AGENCY = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8.5f);
    private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

    static final Map<RecommendationStatus, String> FOLLOW_UP = Map.of(
            RecommendationStatus.DONE, "1 – Sesuai rekomendasi",
            RecommendationStatus.IN_PROGRESS, "2 – Belum sesuai / dalam proses",
            RecommendationStatus.NOT_ACTED, "3 – Belum ditindaklanjuti",
            RecommendationStatus.CANNOT_ACT, "4 – Tidak dapat ditindaklanjuti");
    static final Map<AgreementStatus, String> AGREEMENT = Map.of(
            AgreementStatus.OPEN, "Belum dimulai", AgreementStatus.IN_PROGRESS, "Dalam proses", AgreementStatus.DONE, "Selesai");
    static final Map<FindingCategory, String> CATEGORY = Map.of(
            FindingCategory.CAPITAL_ACCESS, "Akses permodalan", FindingCategory.HUMAN_RESOURCES, "Sumber daya manusia",
            FindingCategory.DATA_QUALITY, "Kualitas data", FindingCategory.REGULATION, "Regulasi",
            FindingCategory.COORDINATION, "Koordinasi", FindingCategory.MARKET_ACCESS, "Akses pasar",
            FindingCategory.BUDGET, "Anggaran", FindingCategory.OTHER, "Lainnya");
    static final Map<Severity, String> SEVERITY = Map.of(Severity.LOW, "Rendah", Severity.MEDIUM, "Sedang", Severity.HIGH, "Tinggi");

    /** Everything the document shows; region codes are named by {@code regionName}. */
    public record Contents(Meeting meeting, List<MeetingRegion> invited, List<Agreement> agreements, List<Finding> findings,
                           Map<UUID, List<Recommendation>> recommendations, Function<String, String> regionName) {
    }

    private final SummaryDocumentConfig config;

    public MeetingSummaryPdf(SummaryDocumentConfig config) {
        this.config = config;
    }

    public byte[] render(Contents contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 48, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Ringkasan Rapat Monev – " + contents.meeting().title);
            document.addCreator("Monev KUMKM");
            HeaderFooter footer = new HeaderFooter(new Phrase("Ringkasan rapat monev · halaman ", SMALL), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            letterhead(document);
            meeting(document, contents);
            attendance(document, contents);
            agreements(document, contents);
            findings(document, contents);
            minutes(document, contents.meeting());
            signature(document, contents.meeting().date);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The meeting summary could not be rendered", e);
        }
        return out.toByteArray();
    }

    private void letterhead(Document document) throws DocumentException {
        SummaryDocumentConfig.Letterhead head = config.letterhead();
        Image logo = head.logoPath().map(this::logo).orElse(null);
        PdfPTable table = new PdfPTable(logo == null ? new float[] {1} : new float[] {1.2f, 8.8f});
        table.setWidthPercentage(100);
        if (logo != null) {
            logo.scaleToFit(58, 58);
            PdfPCell cell = new PdfPCell(logo, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        Paragraph text = new Paragraph();
        text.add(new Chunk(head.government() + "\n", LETTERHEAD_TOP));
        text.add(new Chunk(head.agency() + "\n", LETTERHEAD_AGENCY));
        text.add(new Chunk(String.join("\n", head.addressLines()), SMALL));
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(cell);
        document.add(table);
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(2f, 100, RULE, Element.ALIGN_CENTER, -4)));
        rule.setSpacingAfter(10);
        document.add(rule);
    }

    private Image logo(String path) {
        try {
            return Image.getInstance(path);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Letterhead logo %s could not be read; printing without it: %s", path, e.getMessage());
            return null;
        }
    }

    private void meeting(Document document, Contents contents) throws DocumentException {
        Meeting meeting = contents.meeting();
        Paragraph title = new Paragraph("RINGKASAN HASIL RAPAT MONITORING DAN EVALUASI", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph name = new Paragraph(meeting.title, BODY_BOLD);
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(8);
        document.add(name);

        PdfPTable facts = new PdfPTable(new float[] {2.2f, 0.3f, 9});
        facts.setWidthPercentage(100);
        List<String> periods = MeetingResponse.splitPeriods(meeting.periods);
        fact(facts, "Tanggal", PeriodWords.date(meeting.date));
        fact(facts, "Tempat", meeting.place);
        fact(facts, "Tahun dievaluasi", Integer.toString(meeting.year));
        fact(facts, "Periode dievaluasi", periods.isEmpty() ? "-"
                : periods.stream().map(PeriodWords::of).collect(Collectors.joining(", ")));
        facts.setSpacingAfter(6);
        document.add(facts);
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(plain(label, BODY));
        table.addCell(plain(":", BODY));
        table.addCell(plain(value, BODY));
    }

    private void attendance(Document document, Contents contents) throws DocumentException {
        heading(document, "A. Kehadiran");
        List<String> attended = contents.invited().stream().filter(r -> r.attended)
                .map(r -> contents.regionName().apply(r.regionCode)).toList();
        List<String> absent = contents.invited().stream().filter(r -> !r.attended)
                .map(r -> contents.regionName().apply(r.regionCode)).toList();
        Paragraph present = new Paragraph();
        present.add(new Chunk("Hadir (" + attended.size() + " dari " + contents.invited().size() + " wilayah diundang): ", BODY_BOLD));
        present.add(new Chunk(attended.isEmpty() ? "-" : String.join(", ", attended), BODY));
        document.add(present);
        if (!absent.isEmpty()) {
            Paragraph missing = new Paragraph();
            missing.add(new Chunk("Tidak hadir: ", BODY_BOLD));
            missing.add(new Chunk(String.join(", ", absent), BODY));
            document.add(missing);
        }
    }

    private void agreements(Document document, Contents contents) throws DocumentException {
        heading(document, "B. Kesepakatan");
        if (contents.agreements().isEmpty()) {
            document.add(new Paragraph("Tidak ada kesepakatan yang dicatat.", BODY));
            return;
        }
        PdfPTable table = table(new float[] {0.5f, 5.6f, 2.6f, 1.9f, 1.6f}, "No", "Kesepakatan", "Penanggung jawab", "Tenggat", "Status");
        int number = 1;
        for (Agreement agreement : contents.agreements()) {
            table.addCell(plainCell(Integer.toString(number++)));
            table.addCell(plainCell(agreement.text));
            table.addCell(plainCell(owner(agreement.ownerLevel, agreement.ownerRegionCode, contents.regionName())));
            table.addCell(plainCell(date(agreement.dueDate)));
            table.addCell(plainCell(AGREEMENT.get(agreement.status)));
        }
        document.add(table);
    }

    private void findings(Document document, Contents contents) throws DocumentException {
        heading(document, "C. Temuan dan Rekomendasi");
        if (contents.findings().isEmpty()) {
            document.add(new Paragraph("Tidak ada temuan yang dicatat dalam rapat ini.", BODY));
            return;
        }
        int number = 1;
        for (Finding finding : contents.findings()) {
            Paragraph head = new Paragraph();
            head.setSpacingBefore(4);
            head.add(new Chunk(number++ + ". " + finding.title, BODY_BOLD));
            head.add(new Chunk("  (" + contents.regionName().apply(finding.regionCode) + " · " + CATEGORY.get(finding.category)
                    + " · tingkat " + SEVERITY.get(finding.severity).toLowerCase() + ")", BODY));
            document.add(head);
            if (finding.description != null && !finding.description.isBlank()) {
                document.add(new Paragraph(finding.description, BODY));
            }
            List<Recommendation> recs = contents.recommendations().getOrDefault(finding.id, List.of());
            if (recs.isEmpty()) {
                document.add(new Paragraph("Belum ada rekomendasi.", BODY));
                continue;
            }
            PdfPTable table = table(new float[] {0.5f, 5.0f, 2.4f, 1.9f, 2.8f},
                    "No", "Rekomendasi", "Penanggung jawab", "Tenggat", "Status tindak lanjut");
            int sub = 1;
            for (Recommendation rec : recs) {
                table.addCell(plainCell(Integer.toString(sub++)));
                table.addCell(plainCell(rec.text));
                table.addCell(plainCell(owner(rec.responsibleLevel, rec.responsibleRegionCode, contents.regionName())));
                table.addCell(plainCell(date(rec.dueDate)));
                String status = FOLLOW_UP.get(rec.status);
                table.addCell(plainCell(rec.status == RecommendationStatus.CANNOT_ACT && rec.statusReason != null
                        ? status + ": " + rec.statusReason : status));
            }
            document.add(table);
        }
    }

    private void minutes(Document document, Meeting meeting) throws DocumentException {
        if (meeting.minutes == null || meeting.minutes.isBlank()) {
            return;
        }
        heading(document, "D. Catatan Rapat");
        document.add(new Paragraph(meeting.minutes, BODY));
    }

    private void signature(Document document, LocalDate date) throws DocumentException {
        SummaryDocumentConfig.Signatory signatory = config.signatory();
        PdfPTable table = new PdfPTable(new float[] {5, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        table.setKeepTogether(true);
        table.addCell(plain("", BODY));
        Paragraph block = new Paragraph();
        block.add(new Chunk(signatory.city() + ", " + PeriodWords.date(date) + "\n", BODY));
        block.add(new Chunk(signatory.role() + "\n\n\n\n", BODY));
        block.add(new Chunk(signatory.name(), BODY_BOLD));
        signatory.staffNumber().ifPresent(nip -> block.add(new Chunk("\nNIP " + nip, BODY)));
        PdfPCell cell = new PdfPCell(block);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
        document.add(table);
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(3);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(3);
        table.setSpacingAfter(3);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, CELL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell plainCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "-" : text, CELL));
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    private static String owner(ResponsibleLevel level, String regionCode, Function<String, String> regionName) {
        return switch (level) {
            case PROVINCE -> regionCode == null ? "Provinsi" : regionName.apply(regionCode);
            case REGENCY -> regionCode == null ? "Kabupaten/Kota" : regionName.apply(regionCode);
            case MINISTRY -> "Kementerian";
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : PeriodWords.date(date);
    }
}
