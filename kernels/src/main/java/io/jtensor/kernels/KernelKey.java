package io.jtensor.kernels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a compiled program: the device, the source, the build options and the compiler (or
 * driver) version. A change in any of them means a different binary.
 *
 * @param device          the device in words, e.g. {@code "pthread-haswell (Portable Computing Language)"}
 * @param sourceHash      SHA-256 of the source, hex
 * @param options         the build options
 * @param compilerVersion the driver or compiler version, e.g. {@code "OpenCL 3.0 PoCL 3.1"}
 */
public record KernelKey(String device, String sourceHash, String options, String compilerVersion) {

    /** The key for compiling {@code source} with {@code options} for a device and compiler. */
    public static KernelKey of(String device, String source, String options, String compilerVersion) {
        return new KernelKey(device, sha256(source), options, compilerVersion);
    }

    /** A file-name-safe digest of all four parts. */
    public String digest() {
        return sha256(device + '\0' + sourceHash + '\0' + options + '\0' + compilerVersion);
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
