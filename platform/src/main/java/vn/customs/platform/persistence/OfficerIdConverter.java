package vn.customs.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;

/** Stores an {@link OfficerId} as a {@code uuid} column, so entities hold the type. */
@Converter(autoApply = true)
public class OfficerIdConverter implements AttributeConverter<OfficerId, UUID> {

    @Override
    public UUID convertToDatabaseColumn(OfficerId attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public OfficerId convertToEntityAttribute(UUID column) {
        return column == null ? null : new OfficerId(column);
    }
}
