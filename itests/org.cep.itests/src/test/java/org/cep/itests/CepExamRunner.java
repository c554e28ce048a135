package org.cep.itests;

import org.junit.runner.Description;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.junit.PaxExam;

/** Pax Exam, but a MariaDB run without a MariaDB server is reported as skipped instead of failing or passing silently. */
public class CepExamRunner extends PaxExam {

    public CepExamRunner(Class<?> klass) throws InitializationError {
        super(klass);
    }

    @Override
    public void run(RunNotifier notifier) {
        String skip = DatabaseUnderTest.prepare();
        if (skip == null) {
            super.run(notifier);
            return;
        }
        System.err.println();
        System.err.println("******** " + skip);
        System.err.println();
        for (Description child : getDescription().getChildren()) {
            notifier.fireTestIgnored(child);
        }
    }
}
