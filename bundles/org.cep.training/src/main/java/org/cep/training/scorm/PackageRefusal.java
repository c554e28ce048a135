package org.cep.training.scorm;

/** A package refused on import, with a stable code, the HTTP status and a "中文 / English" message. */
public final class PackageRefusal extends RuntimeException {
    private final int status;
    private final String code;

    PackageRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static PackageRefusal invalid(String zh, String en) {
        return new PackageRefusal(400, "INVALID_PACKAGE", zh + " / " + en);
    }

    public int status() { return status; }
    public String code() { return code; }
}
