package org.bianmin.rights.web.staff;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Whether a failed save was someone else's change getting there first (shown as "changed meanwhile, reloaded"). */
final class Conflicts {

    private Conflicts() {}

    static boolean causedByConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
