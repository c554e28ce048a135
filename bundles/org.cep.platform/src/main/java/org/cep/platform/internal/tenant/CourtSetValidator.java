package org.cep.platform.internal.tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cep.platform.api.CourtLevel;

/**
 * Rules that need all files at once: unique ids, parents that exist, a tree without cycles and with
 * the right levels. Runs only on files that parsed without problems. Cross-file problems use line 0
 * and name the key ({@code id} or {@code parent}), since a definition carries no line numbers.
 */
public final class CourtSetValidator {

    /** @param accepted parents before children, so that they can be inserted in this order */
    public record ValidationResult(List<CourtDefinition> accepted, List<ConfigProblem> problems) {
        public ValidationResult {
            accepted = List.copyOf(accepted);
            problems = List.copyOf(problems);
        }
    }

    private CourtSetValidator() {}

    /**
     * @param parsed        definitions from files that parsed fine
     * @param knownCourtIds ids of courts already in the database; a parent found there is accepted
     *                      as is, since its level cannot be checked from an id alone
     */
    public static ValidationResult validate(List<CourtDefinition> parsed, Set<String> knownCourtIds) {
        return new Run(parsed, knownCourtIds == null ? Set.of() : knownCourtIds).validate();
    }

    private static final class Run {
        private final List<CourtDefinition> parsed;
        private final Set<String> known;
        private final List<CourtDefinition> unique = new ArrayList<>();
        private final Map<String, CourtDefinition> byId = new HashMap<>();
        private final Set<String> duplicated = new HashSet<>();
        private final Map<String, Boolean> verdict = new HashMap<>();
        private final List<ConfigProblem> problems = new ArrayList<>();

        Run(List<CourtDefinition> parsed, Set<String> known) {
            this.parsed = parsed;
            this.known = known;
        }

        ValidationResult validate() {
            rejectDuplicateIds();
            rejectCycles();
            for (CourtDefinition d : unique) decide(d);
            List<CourtDefinition> accepted = new ArrayList<>();
            Set<String> emitted = new HashSet<>();
            for (CourtDefinition d : unique) emitParentsFirst(d, accepted, emitted);
            // stable sort: problems of one file stay together and in the order they were found
            problems.sort(Comparator.comparing(ConfigProblem::file));
            return new ValidationResult(accepted, problems);
        }

        /** Neither copy wins: picking one silently would depend on the order files were read. */
        private void rejectDuplicateIds() {
            Map<String, List<CourtDefinition>> groups = new LinkedHashMap<>();
            for (CourtDefinition d : parsed) groups.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
            groups.forEach((id, defs) -> {
                if (defs.size() == 1) {
                    unique.add(defs.get(0));
                    byId.put(id, defs.get(0));
                    return;
                }
                duplicated.add(id);
                String zhFiles = defs.stream().map(CourtDefinition::sourceFile).collect(Collectors.joining("、"));
                String enFiles = defs.stream().map(CourtDefinition::sourceFile).collect(Collectors.joining(", "));
                for (CourtDefinition d : defs) {
                    reject(d, "id", "法院标识 “" + id + "” 在多个文件中重复定义：" + zhFiles,
                            "court id \"" + id + "\" is defined in several files: " + enFiles);
                }
            });
        }

        /** Each court has at most one parent, so following parent links from each court finds every cycle. */
        private void rejectCycles() {
            Map<String, Boolean> onPath = new HashMap<>(); // true: on the current walk, false: finished
            for (CourtDefinition start : unique) {
                List<String> path = new ArrayList<>();
                String cur = start.id();
                while (cur != null && byId.containsKey(cur) && !onPath.containsKey(cur)) {
                    onPath.put(cur, true);
                    path.add(cur);
                    cur = byId.get(cur).parentId();
                }
                if (cur != null && Boolean.TRUE.equals(onPath.get(cur))) {
                    List<String> cycle = path.subList(path.indexOf(cur), path.size());
                    String chain = String.join(" → ", cycle) + " → " + cur;
                    for (String id : cycle) {
                        if (cycle.size() == 1) {
                            reject(byId.get(id), "parent", "法院不能以自己为上级法院", "a court cannot be its own parent");
                        } else {
                            reject(byId.get(id), "parent", "上级法院关系形成循环：" + chain,
                                    "parent chain forms a cycle: " + chain);
                        }
                    }
                }
                for (String id : path) onPath.put(id, false);
            }
        }

        private boolean decide(CourtDefinition d) {
            Boolean done = verdict.get(d.id());
            if (done != null) return done;
            String p = d.parentId();
            CourtLevel need = d.level().expectedParent();
            if (p == null) {
                // the parser enforces this too; repeated here because definitions may come from elsewhere
                if (need != null && d.level() != CourtLevel.HIGH) {
                    return reject(d, "parent", d.level().labelZh() + "必须有上级法院",
                            "a court of level " + d.level().token() + " needs a parent");
                }
                return accept(d);
            }
            if (need == null) {
                return reject(d, "parent", "最高人民法院没有上级法院", "the Supreme court has no parent");
            }
            CourtDefinition parent = byId.get(p);
            if (parent != null && decide(parent)) {
                if (parent.level() != need) {
                    return reject(d, "parent",
                            "上级法院 “" + p + "” 是" + parent.level().labelZh() + "，而" + d.level().labelZh()
                                    + "的上级应为" + need.labelZh(),
                            "parent court \"" + p + "\" has level " + parent.level().token() + ", but a court of level "
                                    + d.level().token() + " needs a parent of level " + need.token());
                }
                return accept(d);
            }
            // the database copy of a rejected parent still exists, so the child can hang under it
            if (known.contains(p)) return accept(d);
            if (parent != null || duplicated.contains(p)) {
                return reject(d, "parent", "上级法院 “" + p + "” 的配置有错误，未被采用，因此本法院也不予采用",
                        "parent court \"" + p + "\" was rejected, so this court is rejected too");
            }
            return reject(d, "parent", "上级法院 “" + p + "” 不存在：没有声明它的配置文件，数据库中也没有",
                    "parent court \"" + p + "\" not found: no file declares it and it is not in the database");
        }

        private void emitParentsFirst(CourtDefinition d, List<CourtDefinition> out, Set<String> emitted) {
            if (!verdict.get(d.id()) || emitted.contains(d.id())) return;
            CourtDefinition parent = d.parentId() == null ? null : byId.get(d.parentId());
            if (parent != null) emitParentsFirst(parent, out, emitted);
            emitted.add(d.id());
            out.add(d);
        }

        private boolean accept(CourtDefinition d) {
            verdict.put(d.id(), true);
            return true;
        }

        private boolean reject(CourtDefinition d, String key, String zh, String en) {
            verdict.put(d.id(), false);
            problems.add(new ConfigProblem(d.sourceFile(), 0, key, zh, en));
            return false;
        }
    }
}
