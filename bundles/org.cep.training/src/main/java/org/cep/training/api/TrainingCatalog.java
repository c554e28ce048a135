package org.cep.training.api;

import java.util.List;

/**
 * The modules of the court bound to the thread, for other capabilities that share them (pairing shares a mentor
 * court's modules with its mentee). Read only; sharing itself is a SHARE grant of the crossing service.
 */
public interface TrainingCatalog {

    record ModuleRef(long id, String titleZh, int currentVersion) {
    }

    /** The bound court's modules, newest first. */
    List<ModuleRef> modules();
}
