package id.kalbar.monev.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** The letterhead and the signatory of printed meeting summaries ({@code monev.summary.*}). */
@ConfigMapping(prefix = "monev.summary")
public interface SummaryDocumentConfig {

    Letterhead letterhead();

    Signatory signatory();

    interface Letterhead {
        /** The government the agency belongs to, the letterhead's first line. */
        @WithDefault("PEMERINTAH PROVINSI KALIMANTAN BARAT")
        String government();

        @WithDefault("DINAS KOPERASI DAN USAHA KECIL MENENGAH")
        String agency();

        @WithDefault("Jalan Sutan Syahrir No. 1 Pontianak 78116,Telepon (0561) 734 533")
        List<String> addressLines();

        /** A PNG or JPEG printed at the letterhead's left, if given. */
        Optional<String> logoPath();
    }

    interface Signatory {
        /** Where the summary is signed. */
        @WithDefault("Pontianak")
        String city();

        @WithDefault("Kepala Dinas Koperasi dan Usaha Kecil Menengah Provinsi Kalimantan Barat")
        String role();

        @WithDefault("(nama pejabat)")
        String name();

        /** The official's staff number (NIP), printed under the name if given. */
        Optional<String> staffNumber();
    }
}
