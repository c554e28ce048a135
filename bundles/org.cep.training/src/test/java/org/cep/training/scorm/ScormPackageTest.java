package org.cep.training.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ScormPackageTest {
    private static final ModulePackage MODULE = new ModulePackage("活查封实务 <入门>", "Live seizure & basics", "第一步：清点。\n第二步：协议。",
            null, List.of("LIVE_SEIZURE"), List.of(new ModulePackage.Question("MULTIPLE", "哪些做法正确？", List.of("甲", "乙", "丙"), List.of(0, 2),
            "见第二步。")), new ModulePackage.Source("hlj-kedong", "克东县人民法院", 7, 3, "t@hlj-kedong", "2026-01-01T00:00:00Z"));

    @Test
    void aWrittenPackageReadsBackTheSameModuleAndDrill() throws IOException {
        byte[] zip = ScormWriter.write(MODULE);
        ModulePackage back = ScormReader.read(new ByteArrayInputStream(zip), ScormReader.Limits.DEFAULT);
        assertEquals(MODULE, back);
        Map<String, String> files = unzip(zip);
        assertTrue(files.keySet().containsAll(List.of("imsmanifest.xml", "index.html", "drill.html", "drill.js", "drill-data.js", "scorm.js",
                "style.css", "cep-module.json")), files.keySet().toString());
        String manifest = files.get("imsmanifest.xml");
        assertTrue(manifest.contains("<schemaversion>1.2</schemaversion>"));
        assertTrue(manifest.contains("adlcp:scormtype=\"sco\" href=\"drill.html\""));
        assertTrue(manifest.contains("活查封实务 &lt;入门&gt; / Live seizure &amp; basics"));
        assertTrue(files.get("index.html").contains("活查封实务 &lt;入门&gt;"), "texts are escaped, never markup");
        assertTrue(!files.get("drill-data.js").contains("<入门>"));
    }

    @Test
    void malformedPackagesAreRefusedWithTheirReason() throws IOException {
        assertRefused(400, "INVALID_PACKAGE", "这不是 ZIP".getBytes(StandardCharsets.UTF_8));
        assertRefused(400, "INVALID_PACKAGE", new byte[0]);
        Map<String, String> files = unzip(ScormWriter.write(MODULE));
        Map<String, String> noManifest = new LinkedHashMap<>(files);
        noManifest.remove("imsmanifest.xml");
        assertRefused(400, "INVALID_MANIFEST", zip(noManifest));
        Map<String, String> missingFile = new LinkedHashMap<>(files);
        missingFile.remove("drill.js");
        assertRefused(400, "INVALID_MANIFEST", zip(missingFile));
        Map<String, String> dtd = new LinkedHashMap<>(files);
        dtd.put("imsmanifest.xml", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest>&x;</manifest>");
        assertRefused(400, "INVALID_MANIFEST", zip(dtd));
        Map<String, String> scorm2004 = new LinkedHashMap<>(files);
        scorm2004.put("imsmanifest.xml", files.get("imsmanifest.xml").replace("<schemaversion>1.2", "<schemaversion>2004 4th Edition"));
        assertRefused(400, "UNSUPPORTED_PACKAGE", zip(scorm2004));
        Map<String, String> noData = new LinkedHashMap<>(files);
        noData.remove("cep-module.json");
        noData.put("imsmanifest.xml", files.get("imsmanifest.xml").replace("<file href=\"cep-module.json\"/>", ""));
        assertRefused(400, "UNSUPPORTED_PACKAGE", zip(noData));
        Map<String, String> traversal = new LinkedHashMap<>(files);
        traversal.put("../evil.html", "x");
        assertRefused(400, "INVALID_PACKAGE", zip(traversal));
        Map<String, String> badJson = new LinkedHashMap<>(files);
        badJson.put("cep-module.json", "{\"format\":\"cep-training-module\",\"formatVersion\":1,\"titleZh\":7}");
        assertRefused(400, "INVALID_PACKAGE", zip(badJson));
    }

    @Test
    void oversizedPackagesAndZipBombsStopAtTheLimit() throws IOException {
        byte[] zip = ScormWriter.write(MODULE);
        assertRefused(413, "PACKAGE_TOO_LARGE", zip, new ScormReader.Limits(zip.length - 1, 1 << 20, 100));
        Map<String, String> bomb = new LinkedHashMap<>(unzip(zip));
        bomb.put("zeros.txt", "0".repeat(3 << 20));
        byte[] small = zip(bomb);
        assertTrue(small.length < 200_000, "compresses well: " + small.length);
        assertRefused(413, "PACKAGE_TOO_LARGE", small, new ScormReader.Limits(1 << 20, 2 << 20, 100));
        assertRefused(400, "INVALID_PACKAGE", zip, new ScormReader.Limits(1 << 20, 1 << 20, 3));
    }

    private static void assertRefused(int status, String code, byte[] zip) {
        assertRefused(status, code, zip, ScormReader.Limits.DEFAULT);
    }

    private static void assertRefused(int status, String code, byte[] zip, ScormReader.Limits limits) {
        PackageRefusal r = assertThrows(PackageRefusal.class, () -> ScormReader.read(new ByteArrayInputStream(zip), limits));
        assertEquals(code, r.code(), r.getMessage());
        assertEquals(status, r.status());
        assertTrue(r.getMessage().contains(" / "), "Chinese and English: " + r.getMessage());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
