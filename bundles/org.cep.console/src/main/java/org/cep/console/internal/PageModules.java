package org.cep.console.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The page modules that bundles contribute with the manifest header {@code Cep-Console-Pages}
 * ({@code <capability>;path=<folder in the bundle>, ...}): the extender pattern, so a capability brings
 * its pages with a header and a folder, without code or a dependency on the console.
 */
final class PageModules {
    static final String HEADER = "Cep-Console-Pages";
    /** capability ids as the platform spells them: lower case words joined by '-' */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    /** One contribution: the capability's pages live in {@code folder} of bundle {@code bundleId}. */
    record Module(String capability, long bundleId, String folder) {
    }

    /** what a bundle's header declares; entries that are not well formed are left out and named in {@code problems} */
    static List<Module> parse(long bundleId, String header, List<String> problems) {
        List<Module> out = new ArrayList<>();
        if (header == null || header.isBlank()) return out;
        for (String clause : header.split(",")) {
            String[] parts = clause.trim().split(";");
            String id = parts[0].trim();
            String folder = null;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv.length == 2 && kv[0].trim().equals("path")) folder = strip(kv[1].trim());
            }
            if (!ID.matcher(id).matches() || folder == null || !FOLDER.matcher(folder).matches()) {
                problems.add("bundle " + bundleId + ": ignored " + HEADER + " entry '" + clause.trim() + "'");
                continue;
            }
            out.add(new Module(id, bundleId, folder));
        }
        return out;
    }

    private static String strip(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        while (v.startsWith("/")) v = v.substring(1);
        while (v.endsWith("/")) v = v.substring(0, v.length() - 1);
        return v;
    }

    private final Map<Long, List<Module>> byBundle = new TreeMap<>();

    synchronized void put(long bundleId, List<Module> modules) {
        byBundle.put(bundleId, List.copyOf(modules));
    }

    synchronized void remove(long bundleId) {
        byBundle.remove(bundleId);
    }

    /**
     * One module per capability: a capability bundle's own pages win over the console's fallback copy
     * (the newest bundle, i.e. the highest id, wins when several declare the same capability).
     */
    synchronized List<Module> all() {
        Map<String, Module> chosen = new TreeMap<>();
        for (List<Module> ms : byBundle.values()) {
            for (Module m : ms) chosen.put(m.capability(), m);
        }
        List<Module> out = new ArrayList<>(chosen.values());
        out.sort(Comparator.comparing(Module::capability));
        return out;
    }

    Optional<Module> find(String capability) {
        return all().stream().filter(m -> m.capability().equals(capability)).findFirst();
    }

    /** modules.json: what the shell imports, by capability */
    String json() {
        StringBuilder b = new StringBuilder("[");
        for (Module m : all()) {
            if (b.length() > 1) b.append(',');
            // ids and folders are restricted to [a-z0-9-], so no escaping is needed
            b.append("{\"capability\":\"").append(m.capability()).append("\",\"entry\":\"modules/")
                    .append(m.capability()).append("/index.js\"}");
        }
        return b.append(']').toString();
    }
}
