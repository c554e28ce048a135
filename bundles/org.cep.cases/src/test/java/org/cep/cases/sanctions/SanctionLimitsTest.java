package org.cep.cases.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

class SanctionLimitsTest {
    private final SanctionLimits limits = SanctionLimits.defaults();

    private ProblemException refused(SanctionKind kind, PartyType party, Long fen, Integer days, Integer term, List<BlacklistGround> grounds) {
        return assertThrows(ProblemException.class, () -> limits.check(kind, party, fen, days, term, grounds));
    }

    @Test
    void finesKeepTheLimitsOfArticle118AndSayTheLimit() {
        limits.check(SanctionKind.FINE, PartyType.INDIVIDUAL, 10_000_000L, null, null, null);
        limits.check(SanctionKind.FINE, PartyType.INDIVIDUAL, 1L, null, null, null);
        ProblemException over = refused(SanctionKind.FINE, PartyType.INDIVIDUAL, 10_000_001L, null, null, null);
        assertEquals("FINE_OUT_OF_RANGE", over.code());
        assertTrue(over.messageZh().contains("100,000"), over.messageZh());
        assertTrue(over.messageEn().contains("CNY 100,000"), over.messageEn());
        assertEquals("FINE_OUT_OF_RANGE", refused(SanctionKind.FINE, PartyType.INDIVIDUAL, 0L, null, null, null).code());
        limits.check(SanctionKind.FINE, PartyType.ORGANISATION, 5_000_000L, null, null, null);
        limits.check(SanctionKind.FINE, PartyType.ORGANISATION, 100_000_000L, null, null, null);
        ProblemException low = refused(SanctionKind.FINE, PartyType.ORGANISATION, 4_999_999L, null, null, null);
        assertTrue(low.messageEn().contains("CNY 50,000 to 1,000,000"), low.messageEn());
        assertEquals("FINE_OUT_OF_RANGE", refused(SanctionKind.FINE, PartyType.ORGANISATION, 100_000_001L, null, null, null).code());
        assertEquals("FIELD_REQUIRED", refused(SanctionKind.FINE, PartyType.INDIVIDUAL, null, null, null, null).code());
    }

    @Test
    void detentionIsForIndividualsUpToFifteenDays() {
        limits.check(SanctionKind.DETENTION, PartyType.INDIVIDUAL, null, 15, null, null);
        ProblemException long16 = refused(SanctionKind.DETENTION, PartyType.INDIVIDUAL, null, 16, null, null);
        assertEquals("DETENTION_OUT_OF_RANGE", long16.code());
        assertTrue(long16.messageEn().contains("1 to 15 days"));
        assertEquals("DETENTION_OUT_OF_RANGE", refused(SanctionKind.DETENTION, PartyType.INDIVIDUAL, null, 0, null, null).code());
        assertEquals("DETENTION_OF_ORGANISATION", refused(SanctionKind.DETENTION, PartyType.ORGANISATION, null, 5, null, null).code());
    }

    @Test
    void theBlacklistTermFollowsItsGrounds() {
        assertEquals(24, limits.check(SanctionKind.BLACKLIST, PartyType.ORGANISATION, null, null, null, List.of(BlacklistGround.EVADES)));
        assertNull(limits.check(SanctionKind.BLACKLIST, PartyType.ORGANISATION, null, null, null, List.of(BlacklistGround.ABLE_BUT_REFUSES)));
        assertEquals("BLACKLIST_TERM_NOT_ALLOWED",
                refused(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 24, List.of(BlacklistGround.ABLE_BUT_REFUSES)).code());
        // one ground without violence: no extension
        ProblemException ext = refused(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 36, List.of(BlacklistGround.EVADES));
        assertEquals("BLACKLIST_TERM_OUT_OF_RANGE", ext.code());
        assertTrue(ext.messageEn().contains("24 to 24 months"), ext.messageEn());
        // violence, or several grounds: up to two plus three years
        assertEquals(60, limits.check(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 60, List.of(BlacklistGround.OBSTRUCTS)));
        assertEquals(36, limits.check(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 36,
                List.of(BlacklistGround.EVADES, BlacklistGround.FALSE_ASSET_REPORT)));
        assertEquals("BLACKLIST_TERM_OUT_OF_RANGE",
                refused(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 61, List.of(BlacklistGround.OBSTRUCTS)).code());
        assertEquals("BLACKLIST_TERM_OUT_OF_RANGE",
                refused(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, 12, List.of(BlacklistGround.OBSTRUCTS)).code());
        assertEquals("FIELD_REQUIRED", refused(SanctionKind.BLACKLIST, PartyType.INDIVIDUAL, null, null, null, List.of()).code());
    }

    @Test
    void figuresOfOtherKindsAreRefused() {
        assertEquals("NOT_APPLICABLE", refused(SanctionKind.WARNING, PartyType.INDIVIDUAL, 100L, null, null, null).code());
        assertEquals("NOT_APPLICABLE", refused(SanctionKind.FINE, PartyType.INDIVIDUAL, 100L, 3, null, null).code());
        assertEquals("NOT_APPLICABLE", refused(SanctionKind.CRIMINAL_REFERRAL, PartyType.INDIVIDUAL, null, null, 24, null).code());
    }

    @Test
    void configurationChangesTheLimitsAndRefusesNonsense() {
        SanctionLimits strict = SanctionLimits.from(Map.of("fine.individual.maxFen", "5000000", "detention.maxDays", "10", "service.pid", "x"));
        assertEquals(5_000_000L, strict.individualFineMaxFen());
        assertEquals(100_000_000L, strict.organisationFineMaxFen());
        ProblemException p = assertThrows(ProblemException.class,
                () -> strict.check(SanctionKind.DETENTION, PartyType.INDIVIDUAL, null, 11, null, null));
        assertTrue(p.messageEn().contains("1 to 10 days"));
        assertThrows(IllegalArgumentException.class, () -> SanctionLimits.from(Map.of("fine.organisation.minFen", "200000000")));
        assertThrows(NumberFormatException.class, () -> SanctionLimits.from(Map.of("detention.maxDays", "fifteen")));
    }
}
