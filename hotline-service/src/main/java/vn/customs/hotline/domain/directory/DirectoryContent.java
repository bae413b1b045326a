package vn.customs.hotline.domain.directory;

import java.util.List;
import java.util.Objects;
import vn.customs.platform.domain.RuleViolationException;

/**
 * What the department publishes for one unit: its name, the numbers to call, the e-mail and web addresses to write
 * to, when someone answers, and a note (where to go out of hours, which language). At least one way to report.
 */
public record DirectoryContent(
        UnitLevel level,
        String unitName,
        List<PhoneNumber> phones,
        EmailAddress email,
        WebAddress web,
        Hours hours,
        String note) {

    public static final int UNIT_NAME_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 1000;
    public static final int MAX_PHONES = 5;

    public DirectoryContent {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(hours, "hours");
        unitName = Text.required(unitName, UNIT_NAME_MAX_LENGTH, "invalid-unit-name", "The unit's name");
        note = Text.optional(note, NOTE_MAX_LENGTH, "invalid-note", "The note");
        phones = phones == null ? List.of() : List.copyOf(phones);
        if (phones.size() > MAX_PHONES) {
            throw new RuleViolationException("too-many-phones", "At most " + MAX_PHONES + " phone numbers a unit.");
        }
        if (phones.isEmpty() && email == null && web == null) {
            throw new RuleViolationException(
                    "no-contact", "Publish at least one way to report: a phone number, an e-mail or a web address.");
        }
    }
}
