package vn.customs.hotline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.EmailAddress;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.hotline.domain.directory.Hours;
import vn.customs.hotline.domain.directory.HoursPeriod;
import vn.customs.hotline.domain.directory.PhoneNumber;
import vn.customs.hotline.domain.directory.Revision;
import vn.customs.hotline.domain.directory.UnitLevel;
import vn.customs.hotline.domain.directory.WebAddress;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/** What the directory publishes is something a business can use: numbers to dial, addresses that reach someone. */
class DirectoryValuesTest {

    private static final LocalTime OPENS = LocalTime.of(7, 30);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    @ParameterizedTest(name = "{0} dials {1}")
    @CsvSource({
        "0205 3851 234,     tel:+842053851234",
        "024.3944.0000,     tel:+842439440000",
        "0912 345 678,      tel:+84912345678",
        "0388-123-456,      tel:+84388123456",
        "1900 1234,         tel:19001234;phone-context=+84",
        "1800 123 456,      tel:1800123456;phone-context=+84",
        "+84 205 3851 234,  tel:+842053851234",
        "+86 771 123 4567,  tel:+867711234567"
    })
    void numbersPeopleDialAreAccepted(String number, String tel) {
        assertEquals(tel, new PhoneNumber("Đường dây nóng", number).tel());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123 456", // too short for any plan
                "0205 385 12", // a landline without all its digits
                "0112 345 678", // no such mobile prefix
                "1900 12345", // service numbers have 8 or 10 digits
                "+84 112 345 678", // +84 and a number Việt Nam does not have
                "+0 123 456 789", // no country code 0
                "0205  3851 234", // two separators in a row
                "0205 3851 234 ext 5",
                "tel:0205 3851 234",
                "",
                "0205 3851 234 0205 3851 234"
            })
    void numbersNoOneCanDialAreRefusedWithoutRepeatingThem(String number) {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> new PhoneNumber("Đường dây nóng", number));
        assertEquals("invalid-phone-number", refused.code());
        assertFalse(!number.isBlank() && refused.getMessage().contains(number));
    }

    @Test
    void aNumberHasALabel() {
        assertThrows(RuleViolationException.class, () -> new PhoneNumber(" ", "0205 3851 234"));
        assertThrows(RuleViolationException.class, () -> new PhoneNumber("x".repeat(81), "0205 3851 234"));
        assertEquals("Trực ban", new PhoneNumber("  Trực ban ", "0205 3851 234").label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"duongdaynong@langson.customs.example", "a.b+c@hq-ls.gov.vn", "X@Y.VN"})
    void eMailAddressesAreAccepted(String address) {
        assertEquals(address, new EmailAddress(" " + address + " ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"duongdaynong", "a@b", "a@@b.vn", "a b@c.vn", "a..b@c.vn", "a@-c.vn", "a@c.v", "@c.vn", ""})
    void somethingThatIsNoEMailAddressIsRefused(String address) {
        assertEquals(
                "invalid-email",
                assertThrows(RuleViolationException.class, () -> new EmailAddress(address))
                        .code());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://langson.customs.example/duong-day-nong",
                "https://langson.customs.example",
                "https://langson.customs.example:8443/phan-anh?don-vi=HUU_NGHI#mau"
            })
    void httpsAddressesAreAccepted(String address) {
        assertEquals(address, new WebAddress(address).value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://langson.customs.example/",
                "ftp://langson.customs.example/",
                "https://",
                "https://user:secret@langson.customs.example/",
                "https://langson.customs.example/a b",
                "javascript:alert(1)",
                "langson.customs.example"
            })
    void anAddressThatIsNotHttpsIsRefused(String address) {
        assertEquals(
                "invalid-web-address",
                assertThrows(RuleViolationException.class, () -> new WebAddress(address))
                        .code());
    }

    @Test
    void periodsRunForwardInTheWeekAndInTheDay() {
        assertThrows(
                RuleViolationException.class, () -> new HoursPeriod(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, OPENS, CLOSES));
        assertThrows(RuleViolationException.class, () -> HoursPeriod.weekdays(CLOSES, OPENS));
        assertThrows(RuleViolationException.class, () -> HoursPeriod.weekdays(OPENS, OPENS));
        assertThrows(RuleViolationException.class, () -> new HoursPeriod(null, DayOfWeek.MONDAY, OPENS, CLOSES));
        assertThrows(RuleViolationException.class, () -> HoursPeriod.weekdays(LocalTime.of(7, 30, 15), CLOSES));
        HoursPeriod saturday = new HoursPeriod(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, OPENS, CLOSES);
        assertEquals(DayOfWeek.SATURDAY, saturday.lastDay());
    }

    @Test
    void aLineIsOpenAroundTheClockOrInItsPeriods() {
        assertTrue(Hours.twentyFourSeven().periods().isEmpty());
        assertThrows(RuleViolationException.class, () -> new Hours(true, List.of(HoursPeriod.weekdays(OPENS, CLOSES))));
        assertThrows(RuleViolationException.class, () -> new Hours(false, List.of()));
        HoursPeriod period = HoursPeriod.weekdays(OPENS, CLOSES);
        assertThrows(RuleViolationException.class, () -> new Hours(false, java.util.Collections.nCopies(15, period)));
        assertEquals(
                14,
                new Hours(false, java.util.Collections.nCopies(14, period))
                        .periods()
                        .size());
    }

    @Test
    void anEntryGivesAtLeastOneWayToReport() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> new DirectoryContent(
                        UnitLevel.GATE, "Chi cục thử", List.of(), null, null, Hours.twentyFourSeven(), null));
        assertEquals("no-contact", refused.code());
        assertEquals(
                "Chi cục thử",
                new DirectoryContent(
                                UnitLevel.GATE,
                                " Chi cục thử ",
                                List.of(),
                                null,
                                new WebAddress("https://langson.customs.example"),
                                Hours.twentyFourSeven(),
                                " ")
                        .unitName());
        assertThrows(
                RuleViolationException.class,
                () -> content(java.util.Collections.nCopies(6, new PhoneNumber("Số", "0205 3851 234"))));
    }

    @Test
    void aRevisionNamesWhatChangedAndSendingTheSameAgainChangesNothing() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        HotlineEntry entry = HotlineEntry.publish(
                UUID.randomUUID(),
                new UnitCode("HUU_NGHI"),
                content(List.of(new PhoneNumber("Đường dây nóng", "0205 3851 234"))),
                now);

        Revision same = entry.revise(content(List.of(new PhoneNumber("Đường dây nóng", "0205 3851 234"))), now);
        assertTrue(same.isEmpty());
        assertEquals(null, entry.revisedAt());

        Revision revision = entry.revise(content(List.of(new PhoneNumber("Đường dây nóng", "0912 345 678"))), now);
        assertEquals(List.of("phones"), revision.changed());
        assertEquals(now, entry.revisedAt());
        assertEquals("0912 345 678", entry.content().phones().get(0).number());
    }

    private static DirectoryContent content(List<PhoneNumber> phones) {
        return new DirectoryContent(
                UnitLevel.GATE,
                "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
                phones,
                new EmailAddress("duongdaynong@langson.customs.example"),
                null,
                Hours.during(HoursPeriod.weekdays(OPENS, CLOSES)),
                null);
    }
}
