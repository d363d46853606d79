package org.praxis.community;

import org.praxis.policy.Privacy;

/** What a community admin types to create a working group. */
public record NewWorkingGroup(String name, String shortDescription, Privacy privacy) {
}
