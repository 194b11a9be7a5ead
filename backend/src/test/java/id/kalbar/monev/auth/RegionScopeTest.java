package id.kalbar.monev.auth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prefix rule of Kemendagri codes, as every scope check asks it. */
class RegionScopeTest {

    @Test
    void theNationHoldsEveryRegion() {
        RegionScope nation = RegionScope.of(null);
        assertTrue(nation.isNation());
        assertTrue(nation.contains("61"));
        assertTrue(nation.contains("62.01"));
        assertEquals(new RegionScope.Predicate("true", List.of()), nation.sql("region_code"));
    }

    @Test
    void aProvinceHoldsItselfAndTheRegionsBelowItOnly() {
        RegionScope province = RegionScope.of("62");
        assertTrue(province.contains("62"));
        assertTrue(province.contains("62.01"));
        assertFalse(province.contains("61.01"));
        assertFalse(province.contains("621"), "a longer code is not below the province without the dot");
        assertFalse(province.contains(null), "an unscoped record lies outside every province");
        assertEquals(new RegionScope.Predicate("(region_code = ? or region_code like ?)", List.of("62", "62.%")),
                province.sql("region_code"));
    }

    @Test
    void anOperatorWritesForItsOwnRegionAloneOthersWhereTheyRead() {
        assertFalse(RegionScope.forWriting(Role.OPERATOR, "62").contains("62.01"));
        assertTrue(RegionScope.forWriting(Role.OPERATOR, "62").contains("62"));
        assertTrue(RegionScope.forWriting(Role.OPERATOR, "62.01").contains("62.01"));
        assertTrue(RegionScope.forWriting(Role.ADMIN, "62").contains("62.01"));
        assertTrue(RegionScope.forWriting(Role.ADMIN, null).contains("61.01"));
    }

    @Test
    void aScopeCoversOnlyScopesInsideIt() {
        assertTrue(RegionScope.nation().covers(RegionScope.of("62")));
        assertTrue(RegionScope.of("62").covers(RegionScope.of("62")));
        assertTrue(RegionScope.of("62").covers(RegionScope.of("62.01")));
        assertFalse(RegionScope.of("62").covers(RegionScope.nation()));
        assertFalse(RegionScope.of("62").covers(RegionScope.of("61.01")));
        assertFalse(RegionScope.only("62").covers(RegionScope.of("62")));
    }
}
