package org.cep.training.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A module as a SCORM 1.2 content package: {@code imsmanifest.xml} with two SCOs (the module's text, which
 * reports "completed" when opened, and its drill, which scores itself and reports the score and passed/failed
 * against a mastery score of 60), the pages and scripts they need, and {@code cep-module.json}, the data
 * another court's platform imports. Everything is UTF-8; texts are put in the pages escaped, never as markup.
 */
public final class ScormWriter {
    public static final String MANIFEST = "imsmanifest.xml";
    public static final String DATA = "cep-module.json";
    static final int MASTERY_SCORE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScormWriter() {
    }

    public static byte[] write(ModulePackage p) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest(p));
        files.put("index.html", modulePage(p));
        files.put("drill.html", drillPage(p));
        files.put("drill-data.js", "window.CEP_DRILL = " + json(drillData(p)).replace("<", "\\u003c") + ";\n");
        files.put("drill.js", resource("drill.js"));
        files.put("scorm.js", resource("scorm.js"));
        files.put("style.css", resource("style.css"));
        files.put(DATA, json(data(p)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String manifest(ModulePackage p) {
        String id = "cep-" + p.source().courtId() + "-module-" + p.source().moduleId() + "-v" + p.source().version();
        String title = p.titleZh() + (p.titleEn() == null ? "" : " / " + p.titleEn());
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<manifest identifier=\"").append(xml(id.replaceAll("[^A-Za-z0-9_.-]", "_"))).append("\" version=\"1.0\"\n")
                .append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd")
                .append(" http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n")
                .append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n")
                .append("  <organizations default=\"org-module\">\n    <organization identifier=\"org-module\">\n")
                .append("      <title>").append(xml(title)).append("</title>\n")
                .append("      <item identifier=\"item-module\" identifierref=\"res-module\" isvisible=\"true\">\n")
                .append("        <title>").append(xml(title)).append("</title>\n      </item>\n");
        if (!p.questions().isEmpty()) {
            x.append("      <item identifier=\"item-drill\" identifierref=\"res-drill\" isvisible=\"true\">\n")
                    .append("        <title>演练 / Drill</title>\n")
                    .append("        <adlcp:masteryscore>").append(MASTERY_SCORE).append("</adlcp:masteryscore>\n      </item>\n");
        }
        x.append("    </organization>\n  </organizations>\n  <resources>\n")
                .append("    <resource identifier=\"res-module\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\">\n")
                .append("      <file href=\"index.html\"/>\n      <dependency identifierref=\"res-common\"/>\n    </resource>\n")
                .append("    <resource identifier=\"res-drill\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"drill.html\">\n")
                .append("      <file href=\"drill.html\"/>\n      <file href=\"drill.js\"/>\n      <file href=\"drill-data.js\"/>\n")
                .append("      <dependency identifierref=\"res-common\"/>\n    </resource>\n")
                .append("    <resource identifier=\"res-common\" type=\"webcontent\" adlcp:scormtype=\"asset\">\n")
                .append("      <file href=\"scorm.js\"/>\n      <file href=\"style.css\"/>\n      <file href=\"").append(DATA).append("\"/>\n")
                .append("    </resource>\n  </resources>\n</manifest>\n");
        return x.toString();
    }

    private static String modulePage(ModulePackage p) {
        StringBuilder h = head(p.titleZh());
        h.append("<body data-sco=\"module\">\n<main>\n<h1>").append(xml(p.titleZh())).append("</h1>\n");
        if (p.titleEn() != null) h.append("<p class=\"en\">").append(xml(p.titleEn())).append("</p>\n");
        h.append("<p class=\"meta\">").append(xml(p.source().courtNameZh())).append(" · 第 ").append(p.source().version())
                .append(" 版 / version ").append(p.source().version()).append(" · ").append(xml(String.join(", ", p.stages()))).append("</p>\n");
        h.append("<div class=\"body\">").append(xml(p.bodyZh())).append("</div>\n");
        if (p.bodyEn() != null) h.append("<div class=\"body en\" lang=\"en\">").append(xml(p.bodyEn())).append("</div>\n");
        if (!p.questions().isEmpty()) h.append("<p><a href=\"drill.html\">参加演练 / Take the drill</a></p>\n");
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String drillPage(ModulePackage p) {
        StringBuilder h = head("演练：" + p.titleZh());
        h.append("<body data-sco=\"drill\">\n<main>\n<h1>演练 / Drill: ").append(xml(p.titleZh())).append("</h1>\n")
                .append("<form id=\"drill\"></form>\n<p id=\"result\" role=\"status\"></p>\n")
                .append("<script src=\"drill-data.js\"></script>\n<script src=\"drill.js\"></script>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(xml(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n<script src=\"scorm.js\"></script>\n</head>\n");
    }

    private static ObjectNode drillData(ModulePackage p) {
        ObjectNode d = JSON.createObjectNode();
        d.put("masteryScore", MASTERY_SCORE);
        d.set("questions", JSON.valueToTree(p.questions()));
        return d;
    }

    private static ObjectNode data(ModulePackage p) {
        ObjectNode d = JSON.createObjectNode();
        d.put("format", ModulePackage.FORMAT);
        d.put("formatVersion", ModulePackage.FORMAT_VERSION);
        ObjectNode content = JSON.valueToTree(p);
        d.setAll(content);
        return d;
    }

    private static String json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (var in = ScormWriter.class.getResourceAsStream("/scorm/" + name)) {
            if (in == null) throw new IllegalStateException("missing /scorm/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
