package id.kalbar.monev.catalogue;

import id.kalbar.monev.catalogue.CatalogueOperationsFilter.Kind;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.A_KIND;
import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.CAPITAL_A_KIND;
import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.KIND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogueOperationsFilterTest {

    @Test
    void aKindIsNamedByItsCollectionPath() {
        assertEquals("program", Kind.servedAt("/api/v1/programs").word());
        assertEquals("program", Kind.servedAt("/api/v1/programs/{code}/retire").word());
        assertEquals("Indicator", Kind.servedAt("/api/v1/indicators/{code}").capitalized());
    }

    @Test
    void textsWrittenForAnyKindTakeTheKindsWords() {
        Kind program = new Kind("program");
        Kind indicator = new Kind("indicator");
        assertEquals("Create a program", program.in("Create " + A_KIND));
        assertEquals("An indicator with this code already exists", indicator.in(CAPITAL_A_KIND + " with this code already exists"));
        assertEquals("The retired indicator", indicator.in("The retired " + KIND));
    }

    @Test
    void aPathWithoutAPluralKindIsRefused() {
        assertThrows(IllegalStateException.class, () -> Kind.servedAt("/api/v1/me"));
    }
}
