package id.kalbar.monev.comment;

/**
 * The record a thread belongs to, as its own feature showed it to the caller (so the caller may read it).
 *
 * @param regionCode      the record's region
 * @param provinceWide    whether operators of the regencies read the province's records of this kind too
 */
public record ThreadSubject(ThreadType type, String key, String regionCode, boolean provinceWide, String title,
                            String link) {
}
