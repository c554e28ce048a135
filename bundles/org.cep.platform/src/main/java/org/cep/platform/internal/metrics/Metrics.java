package org.cep.platform.internal.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The node's metrics in the Prometheus text format. Labels name only capabilities, methods, statuses
 * and jobs: never a user, a court or a case, so that a scrape reveals nothing about who did what.
 */
@Component(service = Metrics.class)
public class Metrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter auditAppends;
    private final Counter jobRuns;

    @Activate
    public Metrics() {
        requests = Counter.builder().name("cep_http_requests_total")
                .help("REST requests answered, by capability (platform for the platform's own), method and status")
                .labelNames("capability", "method", "status").register(registry);
        latency = Histogram.builder().name("cep_http_request_duration_seconds")
                .help("time from the request reaching the REST entry to its answer")
                .labelNames("capability", "method")
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10).register(registry);
        auditAppends = Counter.builder().name("cep_audit_appends_total")
                .help("entries appended to the courts' audit chains").register(registry);
        jobRuns = Counter.builder().name("cep_job_runs_total")
                .help("runs of a per-court job, by job and outcome (done, failed, skipped: another node held the court)")
                .labelNames("job", "outcome").register(registry);
        GaugeWithCallback.builder().name("cep_db_pool_connections")
                .help("connections of the database pool, by state (active, idle)")
                .labelNames("state")
                .callback(cb -> {
                    long[] pool = pool();
                    if (pool != null) {
                        cb.call(pool[0], "active");
                        cb.call(pool[1], "idle");
                    }
                }).register(registry);
        JvmMetrics.builder().register(registry);
    }

    public void request(String capability, String method, int status, long nanos) {
        requests.labelValues(capability, method, Integer.toString(status)).inc();
        if (nanos >= 0) latency.labelValues(capability, method).observe(nanos / 1e9);
    }

    public void auditAppended() {
        auditAppends.inc();
    }

    public void jobRun(String job, String outcome) {
        jobRuns.labelValues(job, outcome).inc();
    }

    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    /** Everything, as a scrape reads it. */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.ALLOW_UTF8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * The datasource pool over JMX: pax-transx registers each subpool as
     * org.ops4j.pax.transx:type=Pool,name=…,subpool=… (ActiveConnections, IdleConnections; it does not count
     * requests waiting for a connection). Null when no pool is registered.
     */
    private static long[] pool() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = server.queryNames(new ObjectName("org.ops4j.pax.transx:type=Pool,subpool=*,*"), null);
            if (names.isEmpty()) return null;
            long active = 0, idle = 0;
            for (ObjectName n : names) {
                active += ((Number) server.getAttribute(n, "ActiveConnections")).longValue();
                idle += ((Number) server.getAttribute(n, "IdleConnections")).longValue();
            }
            return new long[] {active, idle};
        } catch (Exception e) {
            return null;
        }
    }
}
