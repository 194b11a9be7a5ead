package id.kalbar.monev.catalogue;

/** A catalogue record as clients write it: its code may be left out on a replacement, never changed. */
public interface CatalogueInput {

    String code();

    /** False retires the record; absent means active. */
    Boolean active();
}
