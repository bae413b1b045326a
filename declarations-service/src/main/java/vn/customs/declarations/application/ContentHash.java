package vn.customs.declarations.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.customs.declarations.domain.declaration.DocumentRef;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.platform.domain.UnitCode;

/**
 * The SHA-256 of a lodgement's content in a canonical JSON form (properties sorted, documents without the moment
 * they were added): the same content lodged again under the same LRN has the same hash, whatever the JSON's order.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            // the gate hashes as its text, as it did when it was a string: stored hashes stay valid
            .addModule(new SimpleModule().addSerializer(UnitCode.class, ToStringSerializer.instance))
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .build();

    private ContentHash() {}

    public static String of(Lodgement lodgement) {
        Lodgement content = new Lodgement(
                lodgement.lrn(),
                lodgement.flow(),
                lodgement.procedureCode(),
                lodgement.gateCode(),
                lodgement.submissionChannel(),
                lodgement.declarant(),
                lodgement.counterparty(),
                lodgement.broker(),
                lodgement.transport(),
                lodgement.invoice(),
                lodgement.items(),
                lodgement.documents().stream()
                        .map(document ->
                                new DocumentRef(document.type(), document.reference(), document.sha256(), null))
                        .toList());
        try {
            byte[] canonical = CANONICAL.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the declaration", e);
        }
    }
}
