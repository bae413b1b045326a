package vn.customs.hotline.infrastructure.protection;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;

/**
 * Receipt codes from {@link SecureRandom}, hashed with Argon2id (Bouncy Castle) under a random 16-byte salt per code,
 * in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64). A stored hash is
 * checked with the parameters it names, so raising them later leaves older hashes checkable.
 */
@Startup
@ApplicationScoped
public class Argon2ReceiptCodes implements ReceiptCodes {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Bounds on parameters read back from a stored hash, so that a corrupt row cannot ask for gigabytes. */
    private static final int MAX_MEMORY_KIB = 1 << 20;

    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final Params params;
    private final SecureRandom random;
    /** What an unknown lookup is compared against: a hash of a code nobody holds, made with the current parameters. */
    private final Stored dummy;

    @Inject
    Argon2ReceiptCodes(ProtectionConfig config) {
        this(
                config.receipt().memoryKib(),
                config.receipt().iterations(),
                config.receipt().parallelism(),
                new SecureRandom());
    }

    Argon2ReceiptCodes(int memoryKib, int iterations, int parallelism, SecureRandom random) {
        this.params = new Params(memoryKib, iterations, parallelism);
        if (!params.withinBounds()) {
            throw new IllegalArgumentException("hotline.protection.receipt needs 1 <= parallelism <= " + MAX_PARALLELISM
                    + ", 1 <= iterations <= " + MAX_ITERATIONS + " and 8 * parallelism <= memory-kib <= "
                    + MAX_MEMORY_KIB + "; it has m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism);
        }
        this.random = random;
        this.dummy = Stored.parse(hash(issue())).orElseThrow();
    }

    @Override
    public ReceiptCode issue() {
        return new ReceiptCode(randomText(ReceiptCode.LOOKUP_LENGTH), randomText(ReceiptCode.SECRET_LENGTH));
    }

    @Override
    public String hash(ReceiptCode code) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(params, salt, code);
        return "$argon2id$v=19$m=" + params.memoryKib + ",t=" + params.iterations + ",p=" + params.parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    @Override
    public boolean matches(ReceiptCode code, String storedHash) {
        Optional<Stored> stored = storedHash == null ? Optional.empty() : Stored.parse(storedHash);
        Stored against = stored.orElse(dummy);
        byte[] computed = argon2(against.params, against.salt, code);
        boolean equal = MessageDigest.isEqual(computed, against.hash);
        return stored.isPresent() && equal;
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ReceiptCode.ALPHABET.charAt(random.nextInt(ReceiptCode.ALPHABET.length()));
        }
        return new String(text);
    }

    /** The code's lookup and secret together are hashed, so a hash belongs to one lookup part only. */
    private static byte[] argon2(Params params, byte[] salt, ReceiptCode code) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKib)
                .withIterations(params.iterations)
                .withParallelism(params.parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes((code.lookup() + code.secret()).getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    private record Params(int memoryKib, int iterations, int parallelism) {

        boolean withinBounds() {
            return parallelism >= 1
                    && parallelism <= MAX_PARALLELISM
                    && iterations >= 1
                    && iterations <= MAX_ITERATIONS
                    && memoryKib >= 8 * parallelism
                    && memoryKib <= MAX_MEMORY_KIB;
        }
    }

    /** A stored hash taken apart; empty when it is not one this class could have written. */
    private record Stored(Params params, byte[] salt, byte[] hash) {

        static Optional<Stored> parse(String text) {
            Matcher matcher = PHC.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Params params = new Params(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            try {
                byte[] salt = Base64.getDecoder().decode(matcher.group(4));
                byte[] hash = Base64.getDecoder().decode(matcher.group(5));
                if (!params.withinBounds() || salt.length < SALT_BYTES || hash.length != HASH_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(params, salt, hash));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
