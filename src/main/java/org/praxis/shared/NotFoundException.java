package org.praxis.shared;

/** The thing asked for does not exist, or the actor may not know that it exists: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
