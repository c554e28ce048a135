package org.cep.platform.internal.tenant;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;

/**
 * Parses one {@code .court} file. Pure: no file system, no OSGi, so the watcher that reads the
 * folder and the tests share exactly the same rules. All problems of a file are collected, because
 * the people who edit these files fix them in one go rather than one reload at a time.
 */
public final class CourtFileParser {

    public static final String SUFFIX = ".court";

    /** Court ids and capability ids share this syntax; they end up in URLs and file names. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    static final Set<String> KEYS = Set.of("id", "name.zh", "name.en", "level", "parent", "region",
            "region.en", "computerization", "capabilities", "capabilities.override");

    private static final int NAME_ZH_MAX = 100, NAME_EN_MAX = 200;

    /** @param definition null whenever {@code problems} is not empty */
    public record ParseResult(CourtDefinition definition, List<ConfigProblem> problems) {
        public ParseResult {
            problems = List.copyOf(problems);
            if (definition != null && !problems.isEmpty()) {
                throw new IllegalArgumentException("a file with problems yields no definition");
            }
        }

        public boolean ok() { return problems.isEmpty(); }
    }

    private CourtFileParser() {}

    public static ParseResult parse(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        return new Run(fileName).parse(content);
    }

    private record Entry(int line, String value) {}

    /** State of one parse; keeps the helper methods free of long parameter lists. */
    private static final class Run {
        private final String file;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final Map<String, Entry> entries = new HashMap<>();

        Run(String file) { this.file = file; }

        ParseResult parse(byte[] content) {
            String text = decode(content);
            if (text == null) return new ParseResult(null, problems);
            if (text.startsWith("\uFEFF")) text = text.substring(1); // Windows editors add one
            readLines(text);

            String id = required("id");
            boolean idOk = id != null && checkId(id, "id", "法院标识", "court id");
            if (idOk) checkFileName(id);
            String nameZh = checkLength("name.zh", required("name.zh"), NAME_ZH_MAX, "中文名称", "Chinese name");
            String nameEn = checkLength("name.en", required("name.en"), NAME_EN_MAX, "英文名称", "English name");
            CourtLevel level = level();
            String parent = parent(level, idOk ? id : null);
            String region = required("region");
            String regionEn = optional("region.en");
            ComputerizationLevel computerization = computerization();
            Set<String> caps = list("capabilities");
            Set<String> overrides = list("capabilities.override");
            for (String o : overrides) {
                if (!caps.contains(o)) {
                    add(line("capabilities.override"), "capabilities.override",
                            "“" + o + "” 列在 capabilities.override 中，但未列在 capabilities 中",
                            '"' + o + "\" is in capabilities.override but not in capabilities");
                }
            }
            if (!problems.isEmpty()) return new ParseResult(null, problems);
            return new ParseResult(new CourtDefinition(id, nameZh, nameEn, level, parent, region, regionEn,
                    computerization, caps, overrides, file, sha256(content)), List.of());
        }

        private String decode(byte[] content) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(content);
            CharBuffer out = CharBuffer.allocate(content.length); // UTF-8 never has more chars than bytes
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) result = decoder.flush(out);
            if (result.isError()) {
                // line stays 0 (the file as a whole is unreadable); the message still points near the spot
                int lineNo = 1, at = in.position();
                for (int i = 0; i < at; i++) if (content[i] == '\n') lineNo++;
                add(0, null, "文件不是有效的 UTF-8 编码（第 " + lineNo + " 行，第 " + (at + 1) + " 字节），请以 UTF-8 保存",
                        "file is not valid UTF-8 (line " + lineNo + ", byte " + (at + 1) + "); save it as UTF-8");
                return null;
            }
            return out.flip().toString();
        }

        private void readLines(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.indexOf('=');
                if (eq < 0) {
                    add(lineNo, null, "此行缺少“=”，应写成“键 = 值”", "line has no \"=\"; expected \"key = value\"");
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (key.isEmpty()) {
                    add(lineNo, null, "“=”前缺少键名", "no key before \"=\"");
                } else if (!KEYS.contains(key)) {
                    add(lineNo, key, "未知的键 “" + key + "”", "unknown key \"" + key + '"');
                } else if (entries.containsKey(key)) {
                    int first = entries.get(key).line();
                    add(lineNo, key, "键 “" + key + "” 重复，已在第 " + first + " 行出现",
                            "duplicate key \"" + key + "\", already given on line " + first);
                } else {
                    entries.put(key, new Entry(lineNo, value));
                }
            }
        }

        /** @return the value, or null after reporting it missing or empty */
        private String required(String key) {
            Entry e = entries.get(key);
            if (e == null) {
                add(0, key, "缺少必填项 “" + key + "”", "required key \"" + key + "\" is missing");
                return null;
            }
            if (e.value().isEmpty()) {
                add(e.line(), key, "“" + key + "” 的值不能为空", "\"" + key + "\" must not be empty");
                return null;
            }
            return e.value();
        }

        /** An empty value counts as absent, so that a template line like {@code region.en =} is fine. */
        private String optional(String key) {
            Entry e = entries.get(key);
            return e == null || e.value().isEmpty() ? null : e.value();
        }

        private int line(String key) { return entries.containsKey(key) ? entries.get(key).line() : 0; }

        private boolean checkId(String value, String key, String whatZh, String whatEn) {
            if (ID.matcher(value).matches()) return true;
            add(line(key), key,
                    whatZh + " “" + value + "” 格式不正确：须为 2 至 64 个小写英文字母、数字或“-”，并以字母开头",
                    "invalid " + whatEn + " \"" + value
                            + "\": use 2 to 64 lowercase letters, digits or \"-\", starting with a letter");
            return false;
        }

        private void checkFileName(String id) {
            String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            if (!base.endsWith(SUFFIX)) {
                add(0, null, "文件名须以 “" + SUFFIX + "” 结尾", "file name must end with \"" + SUFFIX + '"');
            } else if (!base.substring(0, base.length() - SUFFIX.length()).equals(id)) {
                add(line("id"), "id", "文件名 “" + base + "” 与法院标识 “" + id + "” 不一致，文件应命名为 “"
                                + id + SUFFIX + "”",
                        "file name \"" + base + "\" does not match id \"" + id + "\"; name the file \""
                                + id + SUFFIX + '"');
            }
        }

        private String checkLength(String key, String value, int max, String whatZh, String whatEn) {
            if (value == null) return null;
            int n = value.codePointCount(0, value.length()); // a CJK character counts as one
            if (n <= max) return value;
            add(line(key), key, whatZh + "过长（" + n + " 个字符，最多 " + max + " 个）",
                    whatEn + " too long (" + n + " characters, at most " + max + ")");
            return null;
        }

        private CourtLevel level() {
            String token = required("level");
            if (token == null) return null;
            CourtLevel level = CourtLevel.fromToken(token);
            if (level == null) {
                add(line("level"), "level", "未知的法院级别 “" + token + "”", "unknown court level \"" + token + '"');
            }
            return level;
        }

        private String parent(CourtLevel level, String id) {
            String parent = optional("parent");
            if (parent == null) {
                // high may omit it: the supreme court is often not among the platform's tenants
                if (level == CourtLevel.INTERMEDIATE || level == CourtLevel.BASIC) {
                    add(line("parent"), "parent", level.labelZh() + "必须填写 “parent”（上级法院标识）",
                            "\"parent\" (id of the higher court) is required for level " + level.token());
                }
                return null;
            }
            if (!checkId(parent, "parent", "上级法院标识", "parent court id")) return null;
            if (level == CourtLevel.SUPREME) {
                add(line("parent"), "parent", "最高人民法院没有上级法院，请删除 “parent”",
                        "the Supreme court has no parent; remove \"parent\"");
            } else if (parent.equals(id)) {
                add(line("parent"), "parent", "法院不能以自己为上级法院", "a court cannot be its own parent");
            }
            return parent;
        }

        private ComputerizationLevel computerization() {
            String token = required("computerization");
            if (token == null) return null;
            ComputerizationLevel c = ComputerizationLevel.fromToken(token);
            if (c == null) {
                add(line("computerization"), "computerization", "未知的信息化水平 “" + token + "”",
                        "unknown computerization level \"" + token + '"');
            }
            return c;
        }

        /** Accepts the full-width comma too: it is what a Chinese input method types. */
        private Set<String> list(String key) {
            Set<String> out = new LinkedHashSet<>();
            String value = optional(key);
            if (value == null) return out;
            boolean emptyReported = false;
            for (String raw : value.split("[,，]", -1)) {
                String item = raw.strip();
                if (item.isEmpty()) {
                    if (!emptyReported) {
                        add(line(key), key, "列表中有空项（多余的逗号？）", "empty item in the list (extra comma?)");
                    }
                    emptyReported = true;
                } else if (checkId(item, key, "能力标识", "capability id") && !out.add(item)) {
                    add(line(key), key, "能力 “" + item + "” 重复列出", "capability \"" + item + "\" is listed twice");
                }
            }
            return out;
        }

        private void add(int line, String key, String zh, String en) {
            problems.add(new ConfigProblem(file, line, key, zh, en));
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
