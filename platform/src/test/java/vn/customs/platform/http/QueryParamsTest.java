package vn.customs.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in query parameters: the same sensible years as in bodies, refused with a 400 naming the parameter. */
class QueryParamsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"+999999999-12-31", "+99999-01-01", "1899-12-31", "2200-01-01", "2026-02-30", "2026-11-28T10:00"
            })
    void aDateOutsideTheYearsOrNotADateIsA400NamingTheParameter(String value) {
        RequestProblemException refused =
                assertThrows(RequestProblemException.class, () -> QueryParams.date("on", value, null));
        assertEquals(400, refused.status());
        assertEquals("on", refused.errors().get(0).parameter());
    }

    @Test
    void aTimeFarAwayIsRefusedAndOrdinaryValuesPass() {
        assertThrows(RequestProblemException.class, () -> QueryParams.instant("knownAt", "+99999-01-01T00:00:00Z"));
        assertEquals(LocalDate.of(2025, 6, 30), QueryParams.date("on", "2025-06-30", null));
        assertEquals(
                Instant.parse("2025-06-30T10:00:00Z"), QueryParams.instant("knownAt", "2025-06-30T17:00:00+07:00"));
    }
}
