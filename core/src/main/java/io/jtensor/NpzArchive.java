package io.jtensor;

import io.jtensor.backend.Backend;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} archive: a zip file with one {@code NAME.npy} member per array, stored
 * ({@code np.savez}) or deflated ({@code np.savez_compressed}).
 */
final class NpzArchive {

    private static final String MEMBER_SUFFIX = ".npy";

    private NpzArchive() {
    }

    /**
     * Reads every member of the archive onto {@code backend}, keyed by member name without
     * {@code .npy}, in archive order (see {@link Np#loadNpz}). Each member's CRC-32 is checked.
     */
    static Map<String, Tensor> read(Path file, Backend backend) throws IOException {
        String source = "loadNpz: " + file;
        rejectNpy(file, source);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(source + ": not a valid .npz (zip) archive (" + e.getMessage()
                    + "); the file may be truncated or corrupt", e);
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        try (zip) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String memberSource = source + ", member '" + name + "'";
                if (!name.endsWith(MEMBER_SUFFIX)) {
                    throw new IOException(memberSource + ": not an .npy array (an .npz archive holds only NAME.npy members)");
                }
                String key = name.substring(0, name.length() - MEMBER_SUFFIX.length());
                if (tensors.containsKey(key)) {
                    throw new IOException(memberSource + ": the archive holds two members of this name");
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw new IOException(memberSource + ": unsupported zip compression method " + entry.getMethod()
                            + " (.npz members are stored or deflated)");
                }
                tensors.put(key, readMember(zip, entry, memberSource, backend));
            }
        } catch (IOException | RuntimeException e) {
            tensors.values().forEach(Tensor::close);
            throw e;
        }
        return tensors;
    }

    private static Tensor readMember(ZipFile zip, ZipEntry entry, String source, Backend backend) throws IOException {
        CRC32 crc = new CRC32();
        Tensor tensor;
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            tensor = NpyFormat.read(in, entry.getSize(), source, backend);
        } catch (ZipException | EOFException e) {
            throw new IOException(source + ": corrupt compressed data (" + e.getMessage() + ")", e);
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            tensor.close();
            throw new IOException(String.format("%s: CRC-32 mismatch (the archive says %08x, the data gives %08x):"
                    + " the archive is corrupt", source, entry.getCrc(), crc.getValue()));
        }
        return tensor;
    }

    private static void rejectNpy(Path file, String source) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(NpyHeader.MAGIC.length);
            if (Arrays.equals(start, NpyHeader.MAGIC)) {
                throw new IOException(source + ": this is an .npy file, not an .npz archive: read it with Np.load");
            }
        }
    }

    /**
     * Writes the tensors as {@code KEY.npy} members in the map's iteration order: stored
     * (uncompressed), as {@code np.savez} does, or deflated at zlib's default level, as
     * {@code np.savez_compressed} does (see {@link Np#savez} and {@link Np#savezCompressed}).
     */
    static void write(Path file, Map<String, Tensor> tensors, boolean compressed) throws IOException {
        String op = compressed ? "savezCompressed" : "savez";
        Objects.requireNonNull(tensors, op + ": tensors is null");
        tensors.forEach((key, tensor) -> {
            Objects.requireNonNull(key, op + ": a key is null");
            Objects.requireNonNull(tensor, op + ": the tensor for key '" + key + "' is null");
            tensor.checkOpen(op);
        });
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Map.Entry<String, Tensor> member : tensors.entrySet()) {
                ZipEntry entry = new ZipEntry(member.getKey() + MEMBER_SUFFIX);
                if (compressed) {
                    // A deflated entry's sizes and CRC-32 go in the data descriptor after the data.
                    entry.setMethod(ZipEntry.DEFLATED);
                } else {
                    // A stored zip entry needs its size and CRC-32 up front, so the member is encoded twice:
                    // once into the checksum, once into the archive.
                    CRC32 crc = new CRC32();
                    long size;
                    try (OutputStream probe = new CheckedOutputStream(OutputStream.nullOutputStream(), crc)) {
                        size = NpyFormat.write(member.getValue(), probe, op);
                    }
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(size);
                    entry.setCompressedSize(size);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                NpyFormat.write(member.getValue(), zip, op);
                zip.closeEntry();
            }
        }
    }
}
