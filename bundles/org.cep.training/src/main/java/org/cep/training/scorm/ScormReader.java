package org.cep.training.scorm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and checks a SCORM 1.2 package before anything is written: the size (as sent and unpacked, so a
 * ZIP bomb stops at the limit), the entry names (no absolute paths, no "..", no duplicates), the manifest
 * (SCORM 1.2, parsed with DTDs and external entities off; every item names a resource, every file a resource
 * names is in the package) and the module data {@code cep-module.json}. Refusals are {@link PackageRefusal}s.
 */
public final class ScormReader {
    /** Limits of one import. */
    public record Limits(long packageBytes, long unpackedBytes, int entries) {
        public static final Limits DEFAULT = new Limits(5L << 20, 20L << 20, 200);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";

    private ScormReader() {
    }

    public static ModulePackage read(InputStream body, Limits limits) {
        byte[] zip = readLimited(body, limits.packageBytes());
        Map<String, byte[]> kept = new HashMap<>();
        Set<String> names = unpack(zip, limits, kept);
        if (!names.contains(ScormWriter.MANIFEST)) {
            throw new PackageRefusal(400, "INVALID_MANIFEST", "程序包根目录缺少 imsmanifest.xml / the package has no imsmanifest.xml at its root");
        }
        checkManifest(kept.get(ScormWriter.MANIFEST), names);
        if (!names.contains(ScormWriter.DATA)) {
            throw new PackageRefusal(400, "UNSUPPORTED_PACKAGE", "该 SCORM 程序包不是本平台导出的培训模块（缺少 cep-module.json），无法导入演练题"
                    + " / this SCORM package was not exported by the platform (no cep-module.json): its module and drill cannot be read");
        }
        return data(kept.get(ScormWriter.DATA));
    }

    private static byte[] readLimited(InputStream in, long max) {
        if (in == null) throw PackageRefusal.invalid("程序包为空", "the package is empty");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > max) throw tooLarge(max);
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw PackageRefusal.invalid("程序包读取失败", "the package could not be read");
        }
        if (out.size() == 0) throw PackageRefusal.invalid("程序包为空", "the package is empty");
        return out.toByteArray();
    }

    public static PackageRefusal tooLarge(long max) {
        return new PackageRefusal(413, "PACKAGE_TOO_LARGE", "程序包超过 " + size(max) + " 上限 / the package is larger than the "
                + size(max) + " limit");
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
    }

    /** Every entry is read to its end (so the unpacked size is known), only the manifest and the data are kept. */
    private static Set<String> unpack(byte[] zip, Limits limits, Map<String, byte[]> kept) {
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                if (names.size() >= limits.entries()) {
                    throw PackageRefusal.invalid("程序包文件数超过 " + limits.entries(), "the package has more than " + limits.entries() + " files");
                }
                if (name.startsWith("/") || name.contains("\\") || name.contains(":") || List.of(name.split("/")).contains("..")) {
                    throw PackageRefusal.invalid("程序包内的文件名不合法：" + name, "illegal file name in the package: " + name);
                }
                if (!names.add(name)) throw PackageRefusal.invalid("程序包内文件重复：" + name, "file twice in the package: " + name);
                boolean keep = name.equals(ScormWriter.MANIFEST) || name.equals(ScormWriter.DATA);
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buf)) > 0) {
                    unpacked += n;
                    if (unpacked > limits.unpackedBytes()) {
                        throw new PackageRefusal(413, "PACKAGE_TOO_LARGE", "程序包解压后超过 " + size(limits.unpackedBytes())
                                + " 上限 / the package unpacks to more than the " + size(limits.unpackedBytes()) + " limit");
                    }
                    if (keep) content.write(buf, 0, n);
                }
                if (keep) kept.put(name, content.toByteArray());
            }
        } catch (ZipException e) {
            throw PackageRefusal.invalid("不是有效的 ZIP 文件", "not a valid ZIP file");
        } catch (IOException e) {
            throw PackageRefusal.invalid("程序包读取失败", "the package could not be read");
        }
        if (names.isEmpty()) throw PackageRefusal.invalid("不是 ZIP 文件，或其中没有文件", "not a ZIP file, or a ZIP file without files");
        return names;
    }

    static void checkManifest(byte[] xml, Set<String> names) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) throw manifest("根元素须为 manifest", "the root element must be <manifest>");
        Element metadata = child(root, "metadata");
        Element version = metadata == null ? null : child(metadata, "schemaversion");
        if (version == null || !"1.2".equals(version.getTextContent().trim())) {
            throw new PackageRefusal(400, "UNSUPPORTED_PACKAGE", "只接受 SCORM 1.2 程序包（metadata/schemaversion 须为 1.2）"
                    + " / only SCORM 1.2 packages are accepted (metadata/schemaversion must be 1.2)");
        }
        Map<String, Element> resources = new HashMap<>();
        Element res = child(root, "resources");
        for (Element r : children(res, "resource")) {
            String id = r.getAttribute("identifier");
            if (id.isEmpty() || resources.put(id, r) != null) throw manifest("资源标识缺失或重复：" + id, "resource identifier missing or repeated: " + id);
            List<String> hrefs = new ArrayList<>();
            if (!r.getAttribute("href").isEmpty()) hrefs.add(r.getAttribute("href"));
            for (Element f : children(r, "file")) hrefs.add(f.getAttribute("href"));
            for (String h : hrefs) {
                String path = h.split("[?#]", 2)[0];
                if (!names.contains(path)) throw manifest("清单列出的文件不在程序包中：" + h, "a file the manifest names is not in the package: " + h);
            }
        }
        Element orgs = child(root, "organizations");
        List<Element> items = new ArrayList<>();
        for (Element org : children(orgs, "organization")) collectItems(org, items);
        if (items.isEmpty()) throw manifest("清单中没有课程项目（organization/item）", "the manifest has no organization with items");
        for (Element item : items) {
            String ref = item.getAttribute("identifierref");
            if (!ref.isEmpty() && !resources.containsKey(ref)) {
                throw manifest("项目引用了不存在的资源：" + ref, "an item refers to a resource that does not exist: " + ref);
            }
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw manifest("imsmanifest.xml 不是格式正确的 XML（不允许 DTD）", "imsmanifest.xml is not well-formed XML (DTDs are not allowed)");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PackageRefusal manifest(String zh, String en) {
        return new PackageRefusal(400, "INVALID_MANIFEST", zh + " / " + en);
    }

    private static void collectItems(Element parent, List<Element> into) {
        for (Element item : children(parent, "item")) {
            into.add(item);
            collectItems(item, into);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Child elements of that local name in the IMS content-packaging namespace (or none, as some tools write). */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && (e.getNamespaceURI() == null || CP.equals(e.getNamespaceURI()) || "schemaversion".equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    static ModulePackage data(byte[] json) {
        JsonNode d;
        try {
            d = JSON.readTree(json);
        } catch (IOException e) {
            throw PackageRefusal.invalid("cep-module.json 不是有效的 JSON", "cep-module.json is not valid JSON");
        }
        if (d == null || !ModulePackage.FORMAT.equals(d.path("format").asText()) || d.path("formatVersion").asInt() != ModulePackage.FORMAT_VERSION) {
            throw new PackageRefusal(400, "UNSUPPORTED_PACKAGE", "cep-module.json 的格式或版本不受支持 / cep-module.json has an unsupported format or version");
        }
        List<ModulePackage.Question> questions = new ArrayList<>();
        JsonNode qs = d.path("questions");
        if (!qs.isMissingNode() && !qs.isNull() && !qs.isArray()) throw field("questions");
        for (JsonNode q : qs) {
            if (!q.isObject()) throw field("questions");
            questions.add(new ModulePackage.Question(text(q, "kind"), text(q, "prompt"), texts(q, "options"), ints(q, "correct"), text(q, "explanation")));
        }
        JsonNode s = d.path("source");
        ModulePackage.Source source = s.isObject() ? new ModulePackage.Source(text(s, "courtId"), text(s, "courtNameZh"),
                s.path("moduleId").asLong(), s.path("version").asInt(), text(s, "author"), text(s, "publishedAt")) : null;
        return new ModulePackage(text(d, "titleZh"), text(d, "titleEn"), text(d, "bodyZh"), text(d, "bodyEn"), texts(d, "stages"),
                questions, source);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw field(field);
        return v.asText();
    }

    private static List<String> texts(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw field(field);
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) throw field(field);
            out.add(x.asText());
        }
        return out;
    }

    private static List<Integer> ints(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw field(field);
        List<Integer> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isInt()) throw field(field);
            out.add(x.asInt());
        }
        return out;
    }

    private static PackageRefusal field(String field) {
        return PackageRefusal.invalid("cep-module.json 的字段 " + field + " 类型不对", "cep-module.json: field " + field + " has the wrong type");
    }
}
