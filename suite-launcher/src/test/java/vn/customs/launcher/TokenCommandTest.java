package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./suite token}: which services a token is for, and what it says when asked for something else. */
class TokenCommandTest {

    @TempDir
    Path home;

    @Test
    void withoutForATokenIsForTheFourServices() throws Exception {
        JwtClaims token = mint("INTEGRATION");

        assertEquals(
                List.of("customs-declarations", "customs-staffing", "customs-hotline", "customs-inspections"),
                token.getAudience());
        assertEquals(List.of("INTEGRATION"), token.getStringListClaimValue("groups"));
    }

    @Test
    void forNamesTheServicesTheTokenIsFor() throws Exception {
        assertEquals(
                List.of("customs-declarations"),
                mint("DECLARANT", "--for", "declarations", "--claim", "tax_id=0101234567")
                        .getAudience());
        assertEquals(
                List.of("customs-staffing", "customs-hotline"),
                mint("AUDITOR", "--for", "staffing,hotline").getAudience());
        assertEquals(
                List.of("customs-inspections", "customs-staffing"),
                mint("AUDITOR", "--for", "inspections-service", "--for", "staffing")
                        .getAudience());
    }

    @Test
    void eachServiceIsNamedByTheShortNameOfItsDatabase() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertEquals("customs-" + service.database(), service.audience());
        }
    }

    @Test
    void anUnknownServiceIsRefusedWithTheChoices() {
        SuiteException refused = assertThrows(SuiteException.class, () -> mint("AUDITOR", "--for", "customs"));

        assertTrue(refused.getMessage().contains("declarations, staffing, hotline, inspections"), refused.getMessage());
    }

    private JwtClaims mint(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TokenCommand.run(
                SuiteSettings.from(home, Map.of("SUITE_HOME", home.toString())),
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String token = out.toString(StandardCharsets.UTF_8).trim();
        // The launcher's own key signed it; what matters here is what it claims.
        return new JwtConsumerBuilder()
                .setSkipSignatureVerification()
                .setSkipDefaultAudienceValidation()
                .build()
                .processToClaims(token);
    }
}
