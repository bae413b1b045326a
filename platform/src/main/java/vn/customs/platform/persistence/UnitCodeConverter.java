package vn.customs.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.customs.platform.domain.UnitCode;

/** Stores a {@link UnitCode} as its text, so entities hold the type and the column stays a plain string. */
@Converter(autoApply = true)
public class UnitCodeConverter implements AttributeConverter<UnitCode, String> {

    @Override
    public String convertToDatabaseColumn(UnitCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public UnitCode convertToEntityAttribute(String column) {
        return column == null ? null : new UnitCode(column);
    }
}
