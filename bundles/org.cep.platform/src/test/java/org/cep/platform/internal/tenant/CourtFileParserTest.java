package org.cep.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.internal.tenant.CourtFileParser.ParseResult;
import org.junit.jupiter.api.Test;

class CourtFileParserTest {

    static final String KEDONG = """
            # 克东县人民法院 — Kedong County People's Court
            id = hlj-kedong
            name.zh = 克东县人民法院
            name.en = Kedong County People's Court
            level = basic
            parent = hlj-qiqihar-ip
            region = 黑龙江省齐齐哈尔市克东县
            region.en = Kedong County, Qiqihar, Heilongjiang
            computerization = basic
            capabilities = live-seizure, training
            capabilities.override = live-seizure
            """;

    static ParseResult parse(String file, String text) {
        return CourtFileParser.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the line starting with {@code key =} in the Kedong file; null removes it. */
    static String kedongWith(String key, String newLine) {
        return KEDONG.lines()
                .map(l -> l.startsWith(key + " =") ? newLine : l)
                .filter(l -> l != null)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static ConfigProblem single(ParseResult r) {
        assertFalse(r.ok());
        assertNull(r.definition());
        assertEquals(1, r.problems().size(), () -> "expected one problem: " + r.problems());
        return r.problems().get(0);
    }

    static void assertProblem(ConfigProblem p, int line, String key) {
        assertEquals("hlj-kedong.court", p.file(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(key, p.key(), p::toString);
        assertFalse(p.messageZh().isBlank());
        assertFalse(p.messageEn().isBlank());
    }

    @Test
    void validFileParsesToExpectedValues() {
        ParseResult r = parse("hlj-kedong.court", KEDONG);
        assertTrue(r.ok(), () -> r.problems().toString());
        CourtDefinition d = r.definition();
        assertEquals("hlj-kedong", d.id());
        assertEquals("克东县人民法院", d.nameZh());
        assertEquals("Kedong County People's Court", d.nameEn());
        assertEquals(CourtLevel.BASIC, d.level());
        assertEquals("hlj-qiqihar-ip", d.parentId());
        assertEquals("黑龙江省齐齐哈尔市克东县", d.region());
        assertEquals("Kedong County, Qiqihar, Heilongjiang", d.regionEn());
        assertEquals(ComputerizationLevel.BASIC, d.computerization());
        assertEquals(List.of("live-seizure", "training"), List.copyOf(d.capabilities()));
        assertEquals(Set.of("live-seizure"), d.capabilityOverrides());
        assertEquals("hlj-kedong.court", d.sourceFile());
        assertTrue(d.contentHash().matches("[0-9a-f]{64}"), d.contentHash());
        assertThrows(UnsupportedOperationException.class, () -> d.capabilities().add("pairing"));
    }

    @Test
    void capabilitiesKeepFileOrderAndAcceptFullWidthComma() {
        CourtDefinition d = parse("hlj-kedong.court",
                kedongWith("capabilities", "capabilities = training，pairing , live-seizure")).definition();
        assertEquals(List.of("training", "pairing", "live-seizure"), List.copyOf(d.capabilities()));
    }

    @Test
    void optionalKeysMayBeOmittedAndHighNeedsNoParent() {
        String high = """
                id = hlj-high
                name.zh = 黑龙江省高级人民法院
                name.en = High People's Court of Heilongjiang Province
                level = high
                region = 黑龙江省
                computerization = advanced
                capabilities =
                """;
        ParseResult r = parse("hlj-high.court", high);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertNull(r.definition().parentId());
        assertNull(r.definition().regionEn());
        assertTrue(r.definition().capabilities().isEmpty());
        assertTrue(r.definition().capabilityOverrides().isEmpty());
    }

    @Test
    void whitespaceCrlfAndEqualsInValueAreHandled() {
        String text = KEDONG.replace("\n", "\r\n")
                .replace("name.en = Kedong County People's Court", "  name.en\t=   A = B court  \t");
        ParseResult r = parse("hlj-kedong.court", text);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("A = B court", r.definition().nameEn());
        assertEquals("hlj-kedong", r.definition().id());
    }

    @Test
    void utf8BomIsIgnored() {
        byte[] body = KEDONG.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ParseResult r = CourtFileParser.parse("hlj-kedong.court", withBom);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("克东县人民法院", r.definition().nameZh());
    }

    @Test
    void invalidUtf8IsReportedForTheWholeFile() {
        // GBK bytes, the usual mistake of a Chinese Windows editor
        byte[] gbk = KEDONG.getBytes(java.nio.charset.Charset.forName("GBK"));
        ConfigProblem p = single(CourtFileParser.parse("hlj-kedong.court", gbk));
        assertProblem(p, 0, null);
        assertTrue(p.messageEn().contains("UTF-8"));
        assertTrue(p.messageEn().contains("line 1"), p.messageEn()); // the comment line holds the first CJK bytes
    }

    @Test
    void unknownLevelReportedWithLineAndKey() {
        ConfigProblem p = single(parse("hlj-kedong.court", kedongWith("level", "level = county")));
        assertProblem(p, 5, "level");
        assertEquals("hlj-kedong.court:5 [level] 未知的法院级别 “county” / unknown court level \"county\"", p.toString());
    }

    @Test
    void unknownComputerizationLevel() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("computerization", "computerization = high"))),
                9, "computerization");
    }

    @Test
    void missingRequiredKeyIsReportedOnLineZero() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("region", null))), 0, "region");
        assertProblem(single(parse("hlj-kedong.court", kedongWith("name.zh", null))), 0, "name.zh");
    }

    @Test
    void emptyRequiredValueIsReportedOnItsLine() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("name.zh", "name.zh =   "))), 3, "name.zh");
    }

    @Test
    void basicCourtNeedsParent() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("parent", null))), 0, "parent");
    }

    @Test
    void invalidIdSyntax() {
        for (String bad : new String[] {"Hlj-kedong", "9kedong", "k", "hlj_kedong", "a".repeat(65)}) {
            ParseResult r = parse(bad + ".court", kedongWith("id", "id = " + bad));
            assertEquals(1, r.problems().size(), () -> bad + ": " + r.problems());
            assertEquals(2, r.problems().get(0).line());
            assertEquals("id", r.problems().get(0).key());
        }
        assertTrue(parse("ab.court", kedongWith("id", "id = ab")).ok());
    }

    @Test
    void invalidParentAndCapabilitySyntax() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("parent", "parent = Qiqihar"))), 6, "parent");
        String cjkCapability = kedongWith("capabilities", "capabilities = live-seizure, 活查封");
        assertProblem(single(parse("hlj-kedong.court", cjkCapability)), 10, "capabilities");
    }

    @Test
    void nameLengthLimitsCountCharactersNotBytes() {
        assertTrue(parse("hlj-kedong.court", kedongWith("name.zh", "name.zh = " + "法".repeat(100))).ok());
        assertProblem(single(parse("hlj-kedong.court", kedongWith("name.zh", "name.zh = " + "法".repeat(101)))),
                3, "name.zh");
        assertProblem(single(parse("hlj-kedong.court", kedongWith("name.en", "name.en = " + "x".repeat(201)))),
                4, "name.en");
    }

    @Test
    void fileNameMustEqualId() {
        ConfigProblem p = single(parse("kedong.court", KEDONG));
        assertEquals("kedong.court", p.file());
        assertEquals(2, p.line());
        assertEquals("id", p.key());
        assertTrue(p.messageEn().contains("hlj-kedong.court"), p.messageEn());
        ConfigProblem noSuffix = single(parse("hlj-kedong.txt", KEDONG));
        assertEquals(0, noSuffix.line());
    }

    @Test
    void unknownKeyDuplicateKeyAndLineWithoutEquals() {
        String text = KEDONG + "Level = basic\nname.zh = 另一个名字\nthis line is wrong\n = orphan\n";
        List<ConfigProblem> ps = parse("hlj-kedong.court", text).problems();
        assertEquals(4, ps.size(), ps::toString);
        assertEquals(12, ps.get(0).line());
        assertEquals("Level", ps.get(0).key());
        assertEquals(13, ps.get(1).line());
        assertEquals("name.zh", ps.get(1).key());
        assertTrue(ps.get(1).messageEn().contains("line 3"), ps.get(1).messageEn());
        assertEquals(14, ps.get(2).line());
        assertNull(ps.get(2).key());
        assertEquals(15, ps.get(3).line());
    }

    @Test
    void capabilityListErrors() {
        String text = kedongWith("capabilities", "capabilities = training, training, , pairing")
                .replace("capabilities.override = live-seizure", "capabilities.override = live-seizure, pairing");
        List<ConfigProblem> ps = parse("hlj-kedong.court", text).problems();
        assertEquals(3, ps.size(), ps::toString);
        assertProblem(ps.get(0), 10, "capabilities");          // training twice
        assertProblem(ps.get(1), 10, "capabilities");          // empty item
        assertProblem(ps.get(2), 11, "capabilities.override"); // live-seizure not in capabilities
        assertTrue(ps.get(2).messageEn().contains("live-seizure"));
    }

    @Test
    void overrideWithoutCapabilitiesIsAnError() {
        assertProblem(single(parse("hlj-kedong.court", kedongWith("capabilities", null))),
                10, "capabilities.override"); // the override line moved up by one
    }

    @Test
    void parentRulesForTopLevels() {
        String supreme = """
                id = spc
                name.zh = 最高人民法院
                name.en = Supreme People's Court
                level = supreme
                parent = hlj-high
                region = 北京市
                computerization = advanced
                """;
        ConfigProblem p = single(parse("spc.court", supreme));
        assertEquals(5, p.line());
        assertEquals("parent", p.key());
        ConfigProblem self = single(parse("hlj-kedong.court", kedongWith("parent", "parent = hlj-kedong")));
        assertProblem(self, 6, "parent");
    }

    @Test
    void allProblemsOfAFileAreReported() {
        String text = """
                # broken on purpose
                id = hlj-kedong
                name.zh =
                level = county
                parent = hlj-qiqihar-ip
                computerization = basic
                capabilities = live-seizure
                capabilities.override = training
                colour = red
                """;
        ParseResult r = parse("hlj-kedong.court", text);
        assertNull(r.definition());
        List<String> found = r.problems().stream().map(p -> p.line() + ":" + p.key()).toList();
        assertEquals(List.of("9:colour", "3:name.zh", "0:name.en", "4:level", "0:region",
                "8:capabilities.override"), found);
    }

    @Test
    void contentHashChangesWithContentOnly() {
        String h1 = parse("hlj-kedong.court", KEDONG).definition().contentHash();
        String h2 = parse("hlj-kedong.court", KEDONG).definition().contentHash();
        String h3 = parse("hlj-kedong.court", KEDONG + "# reviewed 2025-06\n").definition().contentHash();
        assertEquals(h1, h2);
        assertNotEquals(h1, h3);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CourtFileParser.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyFileReportsEveryRequiredKey() {
        ParseResult r = CourtFileParser.parse("hlj-kedong.court", new byte[0]);
        assertNotNull(r.problems());
        assertEquals(Set.of("id", "name.zh", "name.en", "level", "region", "computerization"),
                r.problems().stream().map(ConfigProblem::key).collect(Collectors.toSet()));
        assertTrue(r.problems().stream().allMatch(p -> p.line() == 0));
    }
}
