package vn.customs.declarations.domain.declaration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link HsCode} as its 8 digits. */
@Converter(autoApply = true)
public class HsCodeConverter implements AttributeConverter<HsCode, String> {

    @Override
    public String convertToDatabaseColumn(HsCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public HsCode convertToEntityAttribute(String column) {
        return column == null ? null : new HsCode(column);
    }
}
