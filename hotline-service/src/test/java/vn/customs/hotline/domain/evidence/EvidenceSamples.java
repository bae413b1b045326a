package vn.customs.hotline.domain.evidence;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Files as cameras and phones write them, built here byte by byte: images with Exif, GPS and text chunks. */
public final class EvidenceSamples {

    /** The camera model written into the Exif; it must never be stored. */
    public static final String CAMERA_MODEL = "SecretCam X100";

    /** A comment that names where the photo was taken; it must never be stored. */
    public static final String GPS_COMMENT = "GPS 21.0278N 105.8342E";

    private EvidenceSamples() {}

    /** A 16 × 16 photo as ImageIO writes it: SOI, APP0 JFIF, tables, frame, scan, EOI; no metadata. */
    public static byte[] plainJpeg() {
        return image("jpg");
    }

    /** The same photo with an Exif APP1 (camera model and a GPS IFD) and a COM segment naming the place. */
    public static byte[] jpegWithExif() {
        byte[] plain = plainJpeg();
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps());
        byte[] comment = GPS_COMMENT.getBytes(StandardCharsets.ISO_8859_1);
        return concat(slice(plain, 0, 2), segment(0xE1, exif), segment(0xFE, comment), slice(plain, 2, plain.length));
    }

    /** The photo as a progressive JPEG (several scans, tables between them), as ImageIO writes it. */
    public static byte[] progressiveJpeg() {
        javax.imageio.ImageWriter writer =
                ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(picture(), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Any JPEG with the Exif APP1 and the comment spliced in after SOI. */
    public static byte[] withExif(byte[] jpeg) {
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps());
        return concat(
                slice(jpeg, 0, 2),
                segment(0xE1, exif),
                segment(0xFE, GPS_COMMENT.getBytes(StandardCharsets.ISO_8859_1)),
                slice(jpeg, 2, jpeg.length));
    }

    /** A 16 × 16 PNG as ImageIO writes it. */
    public static byte[] plainPng() {
        return image("png");
    }

    /** The same PNG with tEXt, eXIf and tIME chunks after IHDR. */
    public static byte[] pngWithMetadata() {
        byte[] plain = plainPng();
        int afterHeader = 8 + 12 + 13; // signature, IHDR
        return concat(
                slice(plain, 0, afterHeader),
                chunk("tEXt", ("Comment\0" + GPS_COMMENT).getBytes(StandardCharsets.ISO_8859_1)),
                chunk("eXIf", tiffWithGps()),
                chunk("tIME", new byte[] {0x07, (byte) 0xEA, 3, 3, 10, 0, 0}),
                slice(plain, afterHeader, plain.length));
    }

    public static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /** A big-endian TIFF: IFD0 with the camera model and a pointer to a GPS IFD with latitude and longitude. */
    static byte[] tiffWithGps() {
        byte[] model = (CAMERA_MODEL + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int modelAt = 8 + 2 + 2 * 12 + 4;
        int gpsAt = modelAt + model.length + (model.length % 2);
        int gpsSize = 2 + 4 * 12 + 4;
        int latitudeAt = gpsAt + gpsSize;
        int longitudeAt = latitudeAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0110).putShort((short) 2).putInt(model.length).putInt(modelAt);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.position(modelAt);
        tiff.put(model);
        tiff.position(gpsAt);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(longitudeAt);
        tiff.putInt(0);
        for (int value : new int[] {21, 1, 1, 1, 40, 1, 105, 1, 50, 1, 3, 1}) {
            tiff.putInt(value);
        }
        return tiff.array();
    }

    static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length)
                .put((byte) 0xFF)
                .put((byte) marker)
                .putShort((short) (data.length + 2))
                .put(data)
                .array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, new Color(x * 16, y * 16, 128).getRGB());
            }
        }
        return image;
    }

    private static byte[] image(String format) {
        BufferedImage image = picture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
