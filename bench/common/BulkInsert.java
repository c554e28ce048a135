package common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads generated rows straight into MariaDB: multi-row INSERTs of `chunk` rows, a commit every 10 statements,
 * chunks dealt round-robin to `threads` connections. What a chunk holds depends only on its index, so the data do
 * not depend on the number of loaders.
 */
public final class BulkInsert {
    private BulkInsert() {
    }

    /** Sets the parameters of one statement: chunk k (0-based) with n rows, parameters from 1. */
    public interface Filler {
        void fill(PreparedStatement ps, int k, int n) throws SQLException;
    }

    /** Loads `rows` rows with `columns` columns each; prints progress at every tenth; returns the rows loaded. */
    public static long run(KarafRun run, String table, String columns, long rows, int chunk, int threads, Filler filler) throws Exception {
        int width = columns.split(",").length;
        long chunks = (rows + chunk - 1) / chunk;
        long t0 = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        AtomicLong nextReport = new AtomicLong(Math.max(1, rows / 10));
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread w = new Thread(() -> {
                try (Connection c = run.db()) {
                    c.setAutoCommit(false);
                    PreparedStatement full = c.prepareStatement(sql(table, columns, width, chunk));
                    int statements = 0;
                    for (long k = first; k < chunks && failures.isEmpty(); k += threads) {
                        int n = (int) Math.min(chunk, rows - k * chunk);
                        PreparedStatement ps = n == chunk ? full : c.prepareStatement(sql(table, columns, width, n));
                        filler.fill(ps, (int) k, n);
                        ps.executeUpdate();
                        if (ps != full) ps.close();
                        if (++statements % 10 == 0) c.commit();
                        long done = loaded.addAndGet(n);
                        long mark = nextReport.get();
                        if (done >= mark && nextReport.compareAndSet(mark, mark + Math.max(1, rows / 10))) {
                            System.out.printf("  %-16s %,10d rows  %6.1f s  %,8.0f rows/s%n", table, done, KarafRun.secs(t0),
                                    done / KarafRun.secs(t0));
                        }
                    }
                    c.commit();
                    full.close();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "loader-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) w.join();
        if (!failures.isEmpty()) throw new IllegalStateException("bulk load of " + table + " failed", failures.get(0));
        return loaded.get();
    }

    static String sql(String table, String columns, int width, int n) {
        String row = "(" + "?,".repeat(width - 1) + "?)";
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ",").append(row);
        return sb.toString();
    }
}
