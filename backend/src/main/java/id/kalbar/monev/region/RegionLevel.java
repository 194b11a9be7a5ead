package id.kalbar.monev.region;

/** Administrative level of a region: the province, a regency (kabupaten) or a city (kota). */
public enum RegionLevel {
    PROVINCE, REGENCY, CITY
}
