package vn.customs.hotline.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.EmailAddress;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.hotline.domain.directory.Hours;
import vn.customs.hotline.domain.directory.HoursPeriod;
import vn.customs.hotline.domain.directory.PhoneNumber;
import vn.customs.hotline.domain.directory.UnitLevel;
import vn.customs.hotline.domain.directory.WebAddress;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;

/** The directory's request body and views: plain records, never the aggregate itself. */
final class HotlineDirectoryViews {

    private HotlineDirectoryViews() {}

    /** A time of day as the API writes it: {@code 07:30}. */
    private static final String TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";

    /** What a handler publishes for a unit (the unit's code is in the path). */
    record EntryBody(
            @NotNull UnitLevel level,

            @NotBlank
            @Size(max = DirectoryContent.UNIT_NAME_MAX_LENGTH)
            @Schema(maxLength = DirectoryContent.UNIT_NAME_MAX_LENGTH)
            String unitName,

            @NotNull @Size(max = DirectoryContent.MAX_PHONES) @Schema(maxItems = DirectoryContent.MAX_PHONES)
            List<@Valid @NotNull PhoneBody> phones,

            @Size(max = EmailAddress.MAX_LENGTH)
            @Schema(maxLength = EmailAddress.MAX_LENGTH, pattern = EmailAddress.PATTERN)
            String email,

            @Size(max = WebAddress.MAX_LENGTH)
            @Schema(maxLength = WebAddress.MAX_LENGTH, pattern = WebAddress.PATTERN, description = "https only")
            String webAddress,

            @Valid @NotNull HoursBody hours,

            @Size(max = DirectoryContent.NOTE_MAX_LENGTH) @Schema(maxLength = DirectoryContent.NOTE_MAX_LENGTH)
            String note) {

        /**
         * The content as the domain has it; every value that is not one (a number no one can dial, an http address)
         * is refused together with the others (422), each with the JSON pointer of its field.
         */
        DirectoryContent content() {
            List<Problem.FieldError> errors = new ArrayList<>();
            List<PhoneNumber> numbers = new ArrayList<>();
            for (int i = 0; i < phones.size(); i++) {
                PhoneBody phone = phones.get(i);
                add(numbers, errors, "/phones/" + i + "/number", () -> new PhoneNumber(phone.label(), phone.number()));
            }
            EmailAddress address =
                    email == null || email.isBlank() ? null : valid(errors, "/email", () -> new EmailAddress(email));
            WebAddress web = webAddress == null || webAddress.isBlank()
                    ? null
                    : valid(errors, "/webAddress", () -> new WebAddress(webAddress));
            Hours opening = hours.hours(errors);
            if (errors.isEmpty()) {
                valid(
                        errors,
                        "/phones",
                        () -> new DirectoryContent(level, unitName, numbers, address, web, opening, note));
            }
            if (!errors.isEmpty()) {
                throw new RequestProblemException(
                        422,
                        "invalid-hotline-entry",
                        "The entry has " + errors.size() + " value(s) the directory cannot publish.",
                        errors);
            }
            return new DirectoryContent(level, unitName, numbers, address, web, opening, note);
        }
    }

    /** A number to call and what it is for. */
    record PhoneBody(
            @NotBlank @Size(max = PhoneNumber.LABEL_MAX_LENGTH) @Schema(maxLength = PhoneNumber.LABEL_MAX_LENGTH)
            String label,

            @NotBlank
            @Size(max = PhoneNumber.NUMBER_MAX_LENGTH)
            @Schema(maxLength = PhoneNumber.NUMBER_MAX_LENGTH, pattern = PhoneNumber.PATTERN)
            String number) {}

    /** Around the clock, or the periods listed. */
    record HoursBody(
            boolean alwaysOpen,

            @NotNull @Size(max = Hours.MAX_PERIODS) @Schema(maxItems = Hours.MAX_PERIODS)
            List<@Valid @NotNull PeriodBody> periods) {

        Hours hours(List<Problem.FieldError> errors) {
            List<HoursPeriod> valid = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                PeriodBody period = periods.get(i);
                add(
                        valid,
                        errors,
                        "/hours/periods/" + i,
                        () -> new HoursPeriod(period.firstDay(), period.lastDay(), period.opens(), period.closes()));
            }
            return valid.size() < periods.size()
                    ? null
                    : valid(errors, "/hours/periods", () -> new Hours(alwaysOpen, valid));
        }
    }

    /** From the first to the last day of the week, from opening to closing time on each. */
    record PeriodBody(
            @NotNull DayOfWeek firstDay,
            @NotNull DayOfWeek lastDay,

            @NotNull @Schema(implementation = String.class, pattern = TIME_PATTERN, maxLength = 8, example = "07:30")
            LocalTime opens,

            @NotNull @Schema(implementation = String.class, pattern = TIME_PATTERN, maxLength = 8, example = "17:00")
            LocalTime closes) {}

    private static <T> void add(List<T> values, List<Problem.FieldError> errors, String pointer, Supplier<T> value) {
        T made = valid(errors, pointer, value);
        if (made != null) {
            values.add(made);
        }
    }

    private static <T> T valid(List<Problem.FieldError> errors, String pointer, Supplier<T> value) {
        try {
            return value.get();
        } catch (RuleViolationException e) {
            errors.add(new Problem.FieldError(pointer, e.getMessage()));
            return null;
        }
    }

    /** A unit's published hotline. */
    record HotlineView(
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH, pattern = Bounds.UNIT_CODE)
            String unitCode,

            UnitLevel level,

            @Schema(maxLength = DirectoryContent.UNIT_NAME_MAX_LENGTH)
            String unitName,

            @Schema(maxItems = DirectoryContent.MAX_PHONES) List<PhoneView> phones,
            @Schema(maxLength = EmailAddress.MAX_LENGTH) String email,
            @Schema(maxLength = WebAddress.MAX_LENGTH) String webAddress,
            HoursView hours,

            @Schema(maxLength = DirectoryContent.NOTE_MAX_LENGTH)
            String note,

            Instant publishedAt,
            Instant revisedAt) {

        static HotlineView of(HotlineEntry entry) {
            DirectoryContent content = entry.content();
            return new HotlineView(
                    entry.unitCode().value(),
                    content.level(),
                    content.unitName(),
                    content.phones().stream().map(PhoneView::of).toList(),
                    content.email() == null ? null : content.email().value(),
                    content.web() == null ? null : content.web().value(),
                    HoursView.of(content.hours()),
                    content.note(),
                    entry.publishedAt(),
                    entry.revisedAt());
        }
    }

    /** A number as published, and as a {@code tel:} link. */
    record PhoneView(
            @Schema(maxLength = PhoneNumber.LABEL_MAX_LENGTH)
            String label,

            @Schema(maxLength = PhoneNumber.NUMBER_MAX_LENGTH)
            String number,

            @Schema(maxLength = 48, description = "RFC 3966 tel: URI for a click to call")
            String tel) {
        static PhoneView of(PhoneNumber phone) {
            return new PhoneView(phone.label(), phone.number(), phone.tel());
        }
    }

    /** When the line answers. */
    record HoursView(
            boolean alwaysOpen,
            @Schema(maxItems = Hours.MAX_PERIODS) List<PeriodView> periods) {
        static HoursView of(Hours hours) {
            return new HoursView(
                    hours.alwaysOpen(),
                    hours.periods().stream().map(PeriodView::of).toList());
        }
    }

    /** A period, as sent. */
    record PeriodView(
            DayOfWeek firstDay,
            DayOfWeek lastDay,

            @JsonFormat(pattern = "HH:mm")
            @Schema(implementation = String.class, pattern = TIME_PATTERN, maxLength = 8, example = "07:30")
            LocalTime opens,

            @JsonFormat(pattern = "HH:mm")
            @Schema(implementation = String.class, pattern = TIME_PATTERN, maxLength = 8, example = "17:00")
            LocalTime closes) {
        static PeriodView of(HoursPeriod period) {
            return new PeriodView(period.firstDay(), period.lastDay(), period.opens(), period.closes());
        }
    }
}
