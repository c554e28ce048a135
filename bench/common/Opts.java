package common;

import java.util.Map;
import java.util.TreeMap;

/** Options as --key value or --key=value, and the MariaDB connection they name. */
public final class Opts {
    public final Map<String, String> m = new TreeMap<>();

    public static Opts parse(String[] args) {
        Opts o = new Opts();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + a);
            int eq = a.indexOf('=');
            if (eq > 0) o.m.put(a.substring(2, eq), a.substring(eq + 1));
            else if (i + 1 < args.length && !args[i + 1].startsWith("--")) o.m.put(a.substring(2), args[++i]);
            else o.m.put(a.substring(2), "true");
        }
        return o;
    }

    public String get(String k, String def) {
        return m.getOrDefault(k, def);
    }

    public String req(String k) {
        String v = m.get(k);
        if (v == null) throw new IllegalArgumentException("--" + k + " is required");
        return v;
    }

    public int integer(String k, int def) {
        return m.containsKey(k) ? Integer.parseInt(m.get(k)) : def;
    }

    public long longValue(String k, long def) {
        return m.containsKey(k) ? Long.parseLong(m.get(k)) : def;
    }

    public String dbName() {
        String db = get("db", "cep_bench");
        if (!db.matches("[a-z][a-z0-9_]{0,63}")) throw new IllegalArgumentException("bad database name " + db);
        return db;
    }

    public String serverUrl(String database) {
        return "jdbc:mariadb://" + get("db-host", "127.0.0.1") + ":" + get("db-port", "3306") + "/" + database
                + "?user=" + get("db-user", "root") + "&password=" + get("db-password", "");
    }

    public String dbUrl() {
        return serverUrl(dbName());
    }
}
