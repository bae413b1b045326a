package vn.customs.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.customs.platform.domain.TaxId;

/** Stores a {@link TaxId} as its text, so entities hold the type and the column stays a plain string. */
@Converter(autoApply = true)
public class TaxIdConverter implements AttributeConverter<TaxId, String> {

    @Override
    public String convertToDatabaseColumn(TaxId attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public TaxId convertToEntityAttribute(String column) {
        return column == null ? null : new TaxId(column);
    }
}
