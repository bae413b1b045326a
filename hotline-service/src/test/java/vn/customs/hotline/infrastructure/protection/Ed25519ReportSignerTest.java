package vn.customs.hotline.infrastructure.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.protection.ProofOfReport;

class Ed25519ReportSignerTest {

    private static final String OLD_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIKj6SSi1DPAc+d4W/p8XzhAMhPKfU5WaNjoASfAjd7Ll";
    private static final String OLD_PUBLIC = "MCowBQYDK2VwAyEAf6Q7+8IuLmjm4htKmgI+/n8tjM8VlIoiDsExbIyKSog=";
    private static final String NEW_PRIVATE = "MC4CAQAwBQYDK2VwBCIEINoA/md3q4EZKygL0R2no6lXM6jPCIsdi17ShvjCnDu0";

    private static final Ed25519ReportSigner OLD = new Ed25519ReportSigner("k1", OLD_PRIVATE, Optional.empty());
    private static final Ed25519ReportSigner SIGNER =
            new Ed25519ReportSigner("k2", NEW_PRIVATE, Optional.of(List.of("k1:" + OLD_PUBLIC)));

    private static final UUID REPORT = UUID.fromString("0190f5c2-7a1b-7c3d-8e4f-0123456789ab");
    private static final Instant RECEIVED = Instant.parse("2026-03-03T10:00:00.123456Z");
    private static final String CONTENT = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void aSignedProofVerifiesAndNamesTheCurrentKey() {
        ProofOfReport proof = SIGNER.sign(REPORT, RECEIVED, CONTENT);
        assertEquals(REPORT.toString(), proof.reportId());
        assertEquals(RECEIVED, proof.receivedAt());
        assertEquals(CONTENT, proof.contentHash());
        assertEquals("k2", proof.keyId());
        assertEquals(64, Base64.getDecoder().decode(proof.signature()).length);
        assertTrue(SIGNER.verify(proof));
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("report id", (UnaryOperator<ProofOfReport>) p -> new ProofOfReport(
                        UUID.randomUUID().toString(), p.receivedAt(), p.contentHash(), p.keyId(), p.signature())),
                Arguments.of("received at", (UnaryOperator<ProofOfReport>) p -> new ProofOfReport(
                        p.reportId(), p.receivedAt().plusNanos(1000), p.contentHash(), p.keyId(), p.signature())),
                Arguments.of("content hash", (UnaryOperator<ProofOfReport>) p -> new ProofOfReport(
                        p.reportId(), p.receivedAt(), p.contentHash() + "0", p.keyId(), p.signature())),
                Arguments.of("key id: retired", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), "k1", p.signature())),
                Arguments.of("key id: unknown", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), "k3", p.signature())),
                Arguments.of("signature: one bit", (UnaryOperator<ProofOfReport>) p -> {
                    byte[] signature = Base64.getDecoder().decode(p.signature());
                    signature[10] ^= 1;
                    return new ProofOfReport(
                            p.reportId(),
                            p.receivedAt(),
                            p.contentHash(),
                            p.keyId(),
                            Base64.getEncoder().encodeToString(signature));
                }),
                Arguments.of("signature: not base64", (UnaryOperator<ProofOfReport>) p -> new ProofOfReport(
                        p.reportId(), p.receivedAt(), p.contentHash(), p.keyId(), "not base64 at all!")),
                Arguments.of("signature: too short", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), p.keyId(), "AAAA")),
                Arguments.of("signature: empty", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), p.keyId(), "")),
                Arguments.of("signature: missing", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), p.keyId(), null)),
                Arguments.of("received at: missing", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), null, p.contentHash(), p.keyId(), p.signature())),
                Arguments.of("key id: missing", (UnaryOperator<ProofOfReport>)
                        p -> new ProofOfReport(p.reportId(), p.receivedAt(), p.contentHash(), null, p.signature())),
                Arguments.of("another report's signature", (UnaryOperator<ProofOfReport>) p -> new ProofOfReport(
                        p.reportId(),
                        p.receivedAt(),
                        p.contentHash(),
                        p.keyId(),
                        SIGNER.sign(UUID.randomUUID(), p.receivedAt(), p.contentHash())
                                .signature())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void aChangedProofDoesNotVerify(String what, UnaryOperator<ProofOfReport> tamper) {
        ProofOfReport proof = SIGNER.sign(REPORT, RECEIVED, CONTENT);
        assertFalse(SIGNER.verify(tamper.apply(proof)));
    }

    @Test
    void nothingIsNotAProof() {
        assertFalse(SIGNER.verify(null));
    }

    @Test
    void aProofSignedWithARetiredKeyStillVerifies() {
        ProofOfReport old = OLD.sign(REPORT, RECEIVED, CONTENT);
        assertEquals("k1", old.keyId());
        assertTrue(SIGNER.verify(old));
        assertFalse(OLD.verify(SIGNER.sign(REPORT, RECEIVED, CONTENT)));
    }

    @Test
    void thePublishedKeysVerifyProofsWithoutTheService() throws Exception {
        assertEquals(List.of("k2", "k1"), List.copyOf(SIGNER.publicKeys().keySet()));
        ProofOfReport proof = SIGNER.sign(REPORT, RECEIVED, CONTENT);
        String pem = SIGNER.publicKeys().get(proof.keyId());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"));
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                        .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                                .replace("-----END PUBLIC KEY-----", ""))));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(proof.statement());
        assertTrue(verifier.verify(Base64.getDecoder().decode(proof.signature())));
        assertTrue(SIGNER.publicKeys().get("k1").contains(OLD_PUBLIC.substring(0, 20)));
    }

    @Test
    void theSameInputSignsTheSameWay() {
        assertEquals(
                SIGNER.sign(REPORT, RECEIVED, CONTENT).signature(),
                SIGNER.sign(REPORT, RECEIVED, CONTENT).signature());
        assertNotEquals(
                SIGNER.sign(REPORT, RECEIVED, CONTENT).signature(),
                OLD.sign(REPORT, RECEIVED, CONTENT).signature());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAAA", "MCowBQYDK2VwAyEAf6Q7+8IuLmjm4htKmgI+/n8tjM8VlIoiDsExbIyKSog="})
    void aBadPrivateKeyStopsTheServiceWithoutQuotingIt(String privateKey) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new Ed25519ReportSigner("k9", privateKey, Optional.empty()));
        assertTrue(refused.getMessage().contains("hotline.protection.proof.private-key"), refused.getMessage());
        assertTrue(privateKey.isEmpty() || !refused.getMessage().contains(privateKey));
    }

    @Test
    void aKeyOfAnotherAlgorithmStopsTheService() throws Exception {
        var rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String pkcs8 = Base64.getEncoder()
                .encodeToString(rsa.generateKeyPair().getPrivate().getEncoded());
        assertThrows(IllegalArgumentException.class, () -> new Ed25519ReportSigner("k9", pkcs8, Optional.empty()));
    }

    @Test
    void badRetiredKeysStopTheService() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Ed25519ReportSigner("k2", NEW_PRIVATE, Optional.of(List.of(OLD_PUBLIC))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Ed25519ReportSigner("k2", NEW_PRIVATE, Optional.of(List.of("k1:AAAA"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Ed25519ReportSigner("k2", NEW_PRIVATE, Optional.of(List.of("k2:" + OLD_PUBLIC))));
        assertThrows(IllegalArgumentException.class, () -> new Ed25519ReportSigner(" ", NEW_PRIVATE, Optional.empty()));
    }
}
