package org.praxis.account.web;

/** A form with one code: from the authenticator app, or on the sign-in page a recovery code too. */
class CodeForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
