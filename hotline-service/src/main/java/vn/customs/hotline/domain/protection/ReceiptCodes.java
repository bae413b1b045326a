package vn.customs.hotline.domain.protection;

/**
 * Issues receipt codes and keeps only what cannot give them back: a salted slow hash of each, which a later typed
 * code is compared against.
 */
public interface ReceiptCodes {

    /** A new code from a cryptographically strong random source. */
    ReceiptCode issue();

    /**
     * A salted slow hash of the code (a random salt per code), self-describing so that a change of parameters leaves
     * the stored hashes checkable, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}.
     */
    String hash(ReceiptCode code);

    /**
     * Whether the code is the one the stored hash was made from, compared in constant time. When {@code storedHash} is
     * null (no report has that lookup part) the same work is done against a dummy hash and the answer is false, so that
     * the time taken does not tell an unknown code from a wrong one.
     */
    boolean matches(ReceiptCode code, String storedHash);
}
