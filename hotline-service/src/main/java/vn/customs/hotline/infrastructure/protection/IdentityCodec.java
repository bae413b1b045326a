package vn.customs.hotline.infrastructure.protection;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import vn.customs.hotline.domain.protection.ReporterIdentity;

/**
 * The bytes of an identity before encryption: a version byte, then each field as a 4-byte length (-1 for none) and its
 * UTF-8 bytes, then zeros up to a multiple of {@value #BLOCK} bytes, so that the ciphertext's length says little about
 * the length of a name or an address.
 */
final class IdentityCodec {

    static final int BLOCK = 128;
    private static final byte VERSION = 1;
    private static final int MAX_FIELD_BYTES = 16_384;

    private IdentityCodec() {}

    static byte[] encode(ReporterIdentity identity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BLOCK * 2);
        out.write(VERSION);
        for (String field : new String[] {
            identity.fullName(), identity.phone(), identity.email(), identity.taxId(), identity.address()
        }) {
            byte[] bytes = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4)
                    .putInt(bytes == null ? -1 : bytes.length)
                    .array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        int padding = (BLOCK - out.size() % BLOCK) % BLOCK;
        out.writeBytes(new byte[padding]);
        return out.toByteArray();
    }

    /** Reads what {@link #encode} wrote; an {@link IllegalArgumentException} names no content. */
    static ReporterIdentity decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (!in.hasRemaining() || in.get() != VERSION) {
            throw new IllegalArgumentException("unknown identity encoding");
        }
        String[] fields = new String[5];
        for (int i = 0; i < fields.length; i++) {
            if (in.remaining() < 4) {
                throw new IllegalArgumentException("truncated identity");
            }
            int length = in.getInt();
            if (length == -1) {
                continue;
            }
            if (length < 0 || length > MAX_FIELD_BYTES || length > in.remaining()) {
                throw new IllegalArgumentException("malformed identity");
            }
            byte[] field = new byte[length];
            in.get(field);
            fields[i] = new String(field, StandardCharsets.UTF_8);
        }
        return new ReporterIdentity(fields[0], fields[1], fields[2], fields[3], fields[4]);
    }
}
