package vn.customs.hotline.domain.protection;

/**
 * A reporter's identity in clear. It lives only in memory, between a request and {@link IdentityVault#seal}, or
 * between {@link IdentityVault#open} and a custodian's answer; {@link #toString()} redacts every field so that no log
 * line or exception message can carry it. Each field may be null (the reporter gives what he chooses).
 */
public record ReporterIdentity(String fullName, String phone, String email, String taxId, String address) {

    /** Names no value, so that a logged or formatted identity reveals nothing. */
    @Override
    public String toString() {
        return "ReporterIdentity[redacted]";
    }
}
