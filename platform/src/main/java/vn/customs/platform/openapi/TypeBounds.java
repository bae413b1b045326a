package vn.customs.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.customs.platform.http.Bounds;

/**
 * Gives the text forms of ids, dates and date-times their longest length in every document, where the generator,
 * which knows them only as {@code format: uuid}, {@code date} or {@code date-time}, leaves it out. The bounds hold by
 * construction: a UUID is 36 characters, and {@code StrictJson} and {@code QueryParams} accept only ISO-8601 dates
 * and date-times within the years 1900..2199. (The configuration's {@code mp.openapi.schema.*} could say the same,
 * but makes Quarkus rebuild the document at start, where the platform's problem filter then fails to load.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TypeBounds implements OASFilter {

    private static final Map<String, Integer> MAX_LENGTH_BY_FORMAT = Map.of(
            "uuid", Bounds.UUID_LENGTH,
            "date", Bounds.DATE_LENGTH,
            "date-time", Bounds.DATE_TIME_MAX_LENGTH);

    @Override
    public Schema filterSchema(Schema schema) {
        Integer maxLength = schema.getFormat() == null ? null : MAX_LENGTH_BY_FORMAT.get(schema.getFormat());
        if (maxLength != null && schema.getMaxLength() == null) {
            schema.setMaxLength(maxLength);
        }
        return schema;
    }
}
