package vn.customs.declarations.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.customs.declarations.domain.declaration.HsCode;
import vn.customs.declarations.domain.declaration.Invoice;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.TaxId;

/**
 * Value objects in JSON as the text they wrap (a tax id, an HS code), and an invoice's amount as its flat
 * {@code amount} and {@code currency}: the kept versions of a declaration read like the body that was lodged. The
 * domain stays free of Jackson; these mix-ins carry its annotations.
 */
@Singleton
public class ValueObjectJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(TaxId.class, TextValue.class);
        mapper.addMixIn(HsCode.class, TextValue.class);
        mapper.addMixIn(Invoice.class, FlatAmount.class);
    }

    abstract static class TextValue {
        @JsonCreator
        TextValue(String value) {}

        @JsonValue
        abstract String value();
    }

    abstract static class FlatAmount {
        @JsonUnwrapped
        abstract Money amount();
    }
}
