package vn.customs.platform.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Request bodies are read as written, never guessed at: a duplicate key, trailing text after the document, an enum
 * given by its ordinal, a number or a boolean where text belongs, a fraction where a whole number belongs, a
 * date-time where a date belongs, a date outside {@link #EARLIEST}..{@link #LATEST} and a control character in
 * text are all refused with 400 and a pointer to the field. Each of these was once accepted and stored, or reached
 * PostgreSQL and failed there with a 500.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** No date this suite keeps (a birth, an invoice, a posting) lies outside these years. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Last, so that these deserializers replace the Java time module's, whenever that is registered. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // Not lenient: "2026-11-28T10:00:00" for a date is refused instead of losing its time.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(new SimpleModule("customs-strict-json")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(LocalDate.class, new BoundedDate())
                .addDeserializer(Instant.class, new BoundedInstant<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(
                        OffsetDateTime.class,
                        new BoundedInstant<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME)));
    }

    /**
     * The first character text may not hold, or -1: the C0 controls other than tab, line feed and carriage return,
     * DEL and the C1 controls. NUL in particular cannot be stored by PostgreSQL at all.
     */
    public static int forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }

    /** A value refused by one of the rules above; its message says which rule, for the caller. */
    public static final class RefusedValue extends InvalidFormatException {

        RefusedValue(JsonParser parser, String rule, Object value, Class<?> type) {
            super(parser, rule, value, type);
        }
    }

    static String describeForbidden(String text, int index) {
        return String.format(
                "control character U+%04X at position %d is not allowed in text", (int) text.charAt(index), index);
    }

    /** Text without control characters. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int forbidden = text == null ? -1 : forbiddenCharacter(text);
            if (forbidden >= 0) {
                throw new RefusedValue(parser, describeForbidden(text, forbidden), text, String.class);
            }
            return text;
        }
    }

    /** A strict ISO date ({@code 2026-11-28}) within the years this suite keeps. */
    static final class BoundedDate extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {

        private final JsonDeserializer<?> iso;

        BoundedDate() {
            this(LocalDateDeserializer.INSTANCE);
        }

        private BoundedDate(JsonDeserializer<?> iso) {
            super(LocalDate.class);
            this.iso = iso;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return new BoundedDate(LocalDateDeserializer.INSTANCE.createContextual(context, property));
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(
                        parser, "a date is written as text, YYYY-MM-DD", parser.getText(), LocalDate.class);
            }
            LocalDate date = (LocalDate) iso.deserialize(parser, context);
            requireWithin(parser, date, date);
            return date;
        }
    }

    /** An instant or offset date-time within the years this suite keeps. */
    static final class BoundedInstant<T> extends StdScalarDeserializer<T> implements ContextualDeserializer {

        private final JsonDeserializer<?> iso;

        BoundedInstant(Class<T> type, JsonDeserializer<?> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = iso instanceof ContextualDeserializer
                    ? ((ContextualDeserializer) iso).createContextual(context, property)
                    : iso;
            return new BoundedInstant<>((Class<T>) handledType(), contextual);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(
                        parser, "a date-time is written as ISO-8601 text", parser.getText(), handledType());
            }
            T value = (T) iso.deserialize(parser, context);
            Instant instant = value instanceof OffsetDateTime ? ((OffsetDateTime) value).toInstant() : (Instant) value;
            requireWithin(parser, instant.atOffset(ZoneOffset.UTC).toLocalDate(), value);
            return value;
        }
    }

    private static void requireWithin(JsonParser parser, LocalDate date, Object value) throws IOException {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new RefusedValue(
                    parser,
                    "dates from " + EARLIEST + " to " + LATEST + " are accepted",
                    String.valueOf(value),
                    value.getClass());
        }
    }
}
