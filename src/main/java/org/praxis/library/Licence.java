package org.praxis.library;

/** The licences a document in the public library can carry; their names come from the message bundles. */
public enum Licence {
    CC_BY_4, CC_BY_SA_4, CC_BY_NC_4, CC_BY_NC_SA_4, CC_BY_ND_4, CC0, ALL_RIGHTS_RESERVED, OTHER
}
