package vn.customs.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Stands in for the OIDC provider where there is none (tests, {@code ./suite up}): an RSA key pair whose public
 * half the services verify tokens with, and the private half signing tokens with roles in the MicroProfile JWT
 * {@code groups} claim. Production uses the provider's JWKS instead; the services cannot tell the difference.
 */
public final class LocalTokenIssuer {

    /** The issuer ({@code iss}) of local tokens; services are configured to expect it. */
    public static final String ISSUER = "https://customs.local/suite";
    /**
     * The audience ({@code aud}) of each service, by its short name. A service accepts only tokens that carry its own
     * (its {@code application.properties} names it in {@code mp.jwt.verify.audiences}), so a token minted for one
     * service is refused by the other three. The Keycloak realm has a client scope of the same name for each.
     */
    public static final Map<String, String> SERVICE_AUDIENCES = serviceAudiences();

    /**
     * The audience of the platform's shared configuration, which every service replaces with its own: only the
     * platform's own tests verify it, and no token meant for a service carries it, so a service that forgot to name
     * its audience accepts no token at all.
     */
    public static final String AUDIENCE = "customs-platform-tests";

    /**
     * Every role of the suite, for tools that mint tokens or check them all (the services' annotations use the
     * platform's {@code Roles} constants; a platform test keeps the two lists equal).
     */
    public static final List<String> ROLES = List.of(
            "DECLARANT",
            "OFFICER",
            "UNIT_HEAD",
            "INSPECTOR",
            "INSPECTION_LEAD",
            "HOTLINE_HANDLER",
            "CUSTODIAN",
            "PERSONNEL",
            "AUDITOR",
            "DASHBOARD",
            "INTEGRATION");

    private static final String PUBLIC_PEM = "jwt-public.pem";
    private static final String PRIVATE_PEM = "jwt-private.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicKeyFile;
    private final String keyId;

    private LocalTokenIssuer(PrivateKey privateKey, PublicKey publicKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyFile = publicKeyFile;
        this.keyId = thumbprint(publicKey);
    }

    /** The key pair kept in {@code directory}, created there (readable by the owner only) the first time. */
    public static LocalTokenIssuer inDirectory(Path directory) {
        try {
            Path publicFile = directory.resolve(PUBLIC_PEM);
            Path privateFile = directory.resolve(PRIVATE_PEM);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(directory);
                KeyPair pair = newKeyPair();
                Files.writeString(
                        privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                restrictToOwner(privateFile);
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            return new LocalTokenIssuer(readPrivateKey(privateFile), readPublicKey(publicFile), publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local signing keys in " + directory, e);
        }
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /**
     * A signed token for {@code subject}, for the services whose {@code audiences} it carries, with {@code roles} in
     * {@code groups} and extra claims (e.g. {@code tax_id}, {@code officer_id}), valid for {@code lifetime}.
     */
    public String token(
            String subject,
            Collection<String> audiences,
            List<String> roles,
            Map<String, Object> claims,
            Duration lifetime) {
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException(
                    "A token names at least one audience, e.g. " + SERVICE_AUDIENCES.get("declarations"));
        }
        Instant now = Instant.now();
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(ISSUER);
        jwt.setAudience(List.copyOf(audiences));
        jwt.setSubject(subject);
        jwt.setClaim("upn", subject);
        jwt.setStringListClaim("groups", roles);
        jwt.setJwtId(UUID.randomUUID().toString());
        jwt.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now.getEpochSecond()));
        jwt.setExpirationTime(
                org.jose4j.jwt.NumericDate.fromSeconds(now.plus(lifetime).getEpochSecond()));
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    /** The public key as a JSON Web Key Set, the form an OIDC provider publishes at its JWKS URL. */
    public String jwks() {
        try {
            RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) publicKey);
            key.setKeyId(keyId);
            key.setUse("sig");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return new JsonWebKeySet(key).toJson();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot publish the local key set", e);
        }
    }

    /** Signs any claims with this issuer's key: tests use it for tokens that must be refused. */
    public String sign(JwtClaims claims) {
        return sign(claims, privateKey, keyId);
    }

    /** Signs any claims with any key: tests use it for tokens that must be refused. */
    public static String sign(JwtClaims claims, PrivateKey key) {
        return sign(claims, key, null);
    }

    private static String sign(JwtClaims claims, PrivateKey key, String keyId) {
        JsonWebSignature jws = new JsonWebSignature();
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static Map<String, String> serviceAudiences() {
        Map<String, String> audiences = new LinkedHashMap<>();
        for (String service : List.of("declarations", "staffing", "hotline", "inspections")) {
            audiences.put(service, "customs-" + service);
        }
        return Collections.unmodifiableMap(audiences);
    }

    /** A fresh RSA key pair (2048 bits). */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey readPublicKey(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IOException("Not an RSA public key: " + file, e);
        }
    }

    private static String thumbprint(PublicKey key) {
        return new RsaJsonWebKey((RSAPublicKey) key).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IOException("Not an RSA private key: " + file, e);
        }
    }

    private static byte[] der(Path file) throws IOException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the folder is the user's own anyway.
        }
    }
}
