package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.LocalTokenIssuer;

/** The hotline gets keys it can use, made once per run directory and kept, and no other service gets them. */
class HotlineKeyFilesTest {

    @Test
    void theProofKeyIsAnEd25519PrivateKeyThatSigns(@TempDir Path keys) throws Exception {
        byte[] pkcs8 = Base64.getDecoder().decode(HotlineKeyFiles.proofPrivateKey(keys));

        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update("customs-hotline-proof-of-report/v1".getBytes(StandardCharsets.UTF_8));
        assertEquals(64, signature.sign().length);
    }

    @Test
    void theIdentityKeyEncryptionKeyIs32Bytes(@TempDir Path keys) {
        assertEquals(32, Base64.getDecoder().decode(HotlineKeyFiles.identityKek(keys)).length);
    }

    @Test
    void theKeysAreMadeOnceAndKeptForTheOwnerOnly(@TempDir Path keys) throws Exception {
        Map<String, String> first = HotlineKeyFiles.environment(keys);
        Map<String, String> second = HotlineKeyFiles.environment(keys);

        assertEquals(first, second, "a restart keeps the keys, so earlier proofs verify and identities open");
        assertNotEquals(
                first.get("HOTLINE_PROTECTION_PROOF_PRIVATE_KEY"), first.get("HOTLINE_PROTECTION_IDENTITY_KEK"));
        for (String file : new String[] {"hotline-proof.key", "hotline-identity.key"}) {
            Path path = keys.resolve(file);
            assertTrue(Files.isRegularFile(path), file);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), file);
        }
    }

    @Test
    void anotherRunDirectoryGetsOtherKeys(@TempDir Path one, @TempDir Path other) {
        assertNotEquals(HotlineKeyFiles.proofPrivateKey(one), HotlineKeyFiles.proofPrivateKey(other));
        assertNotEquals(HotlineKeyFiles.identityKek(one), HotlineKeyFiles.identityKek(other));
    }

    @Test
    void theLauncherGivesTheKeysToTheHotlineOnly(@TempDir Path keys) {
        for (ServiceSpec service : ServiceSpec.ALL) {
            Map<String, String> env = SuiteRun.environment(
                    service,
                    service.defaultPort(),
                    new ExternalPostgresServer("jdbc:postgresql://localhost:15432/postgres", "postgres", "postgres"),
                    KafkaBroker.external("127.0.0.1:19092"),
                    LocalTokenIssuer.inDirectory(keys),
                    "127.0.0.1",
                    "http://127.0.0.1:8080");
            boolean hotline = service.database().equals("hotline");
            assertEquals(hotline, env.containsKey("HOTLINE_PROTECTION_PROOF_PRIVATE_KEY"), service.name());
            assertEquals(hotline, env.containsKey("HOTLINE_PROTECTION_IDENTITY_KEK"), service.name());
            if (hotline) {
                assertEquals(HotlineKeyFiles.identityKek(keys), env.get("HOTLINE_PROTECTION_IDENTITY_KEK"));
            }
        }
    }
}
