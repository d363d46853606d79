package org.praxis.policy;

/**
 * Where a community stands with staff when the platform requires approval of new communities:
 * approved (the normal case, and every community made while approval was not required),
 * awaiting a decision, or rejected.
 */
public enum StaffApproval {
    APPROVED, PENDING, REJECTED;

    public boolean approved() {
        return this == APPROVED;
    }
}
