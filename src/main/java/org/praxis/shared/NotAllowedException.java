package org.praxis.shared;

/** The actor may know the thing exists but may not do this to it: answers 403, or sign-in for visitors. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String action) {
        super("Not allowed: " + action);
    }
}
