package org.cep.itests;

import org.junit.runner.Description;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * Pax Exam, but a MariaDB run without a MariaDB server is reported as skipped instead of failing or passing
 * silently, and a container that never comes up stops the run after its first failure: otherwise every
 * test method waits Pax Exam's three minutes for it in turn, and the suite runs for hours.
 */
public class CepExamRunner extends PaxExam {

    /** A failing test that waited at least this long, before any test passed, means the container is not there. */
    private static final long CONTAINER_WAIT_MILLIS = 150_000;
    private static volatile boolean anyPassed;
    private static volatile String containerDown;

    public CepExamRunner(Class<?> klass) throws InitializationError {
        super(klass);
    }

    @Override
    public void run(RunNotifier notifier) {
        String skip = DatabaseUnderTest.prepare();
        if (skip != null) {
            System.err.println();
            System.err.println("******** " + skip);
            System.err.println();
            for (Description child : getDescription().getChildren()) {
                notifier.fireTestIgnored(child);
            }
            return;
        }
        if (containerDown != null) {
            failAll(notifier, containerDown);
            return;
        }
        ContainerWatch watch = new ContainerWatch(notifier);
        notifier.addListener(watch);
        try {
            super.run(notifier);
        } finally {
            notifier.removeListener(watch);
        }
    }

    private void failAll(RunNotifier notifier, String why) {
        for (Description child : getDescription().getChildren()) {
            notifier.fireTestStarted(child);
            notifier.fireTestFailure(new Failure(child, new IllegalStateException(why)));
            notifier.fireTestFinished(child);
        }
    }

    private static final class ContainerWatch extends RunListener {
        private final RunNotifier notifier;
        private long started;
        private boolean failed;

        ContainerWatch(RunNotifier notifier) {
            this.notifier = notifier;
        }

        @Override
        public void testStarted(Description description) {
            started = System.currentTimeMillis();
            failed = false;
        }

        @Override
        public void testFailure(Failure failure) {
            failed = true;
            long waited = System.currentTimeMillis() - started;
            if (!anyPassed && waited >= CONTAINER_WAIT_MILLIS) {
                containerDown = "the Karaf container did not come up (the first test waited " + waited / 1000
                        + " s and failed: " + failure.getMessage() + "); the rest of the suite is not run";
                System.err.println("******** " + containerDown);
                notifier.pleaseStop();
            }
        }

        @Override
        public void testFinished(Description description) {
            if (!failed) {
                anyPassed = true;
            }
        }
    }
}
