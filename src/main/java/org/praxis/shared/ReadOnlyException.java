package org.praxis.shared;

/** The community is archived: it is read-only, so nothing new may be posted there. Answers 409 with its own message. */
public class ReadOnlyException extends RuntimeException {

    public ReadOnlyException() {
        super("Community is archived");
    }
}
