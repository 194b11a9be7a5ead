package id.kalbar.monev.comment;

/**
 * The record a thread belongs to, as its own feature showed it to the caller (so the caller may read it).
 *
 * @param regionCode      the record's region
 * @param provinceWide    whether operators of the regencies read the province's records of this kind too
 * @param link            where the region's operators open the record
 * @param provinceLink    where the province's officers open it (a value: the verification queue)
 */
public record ThreadSubject(ThreadType type, String key, String regionCode, boolean provinceWide, String title,
                            String link, String provinceLink) {

    public ThreadSubject(ThreadType type, String key, String regionCode, boolean provinceWide, String title, String link) {
        this(type, key, regionCode, provinceWide, title, link, link);
    }
}
