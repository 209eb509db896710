package org.podium.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import org.podium.model.MediaRef;

/**
 * Passes a stored photo's bytes through and, when the end is reached, checks they still hash to
 * the SHA-256 that names them. A photo changed on disk after import, or damaged inside a
 * {@code .podium} file, then fails loudly ({@link PhotoBytesException}, naming the photo) instead
 * of being shown or saved under a wrong name. A reader that stops before the end (an image header
 * probe) gets no check.
 */
public final class DigestCheckingInputStream extends FilterInputStream {

    private final String expectedSha256;
    private final long maxBytes;
    private final String photoName;
    private final String where;
    private final MessageDigest digest = Sha256.newDigest();
    private long count;
    private boolean checked;

    /**
     * @param in       the stored bytes of {@code ref}
     * @param maxBytes more bytes than this is an error (a zip entry inflating past its limit)
     * @param where    where the bytes are, for messages: an archive entry or a file on disk
     */
    public DigestCheckingInputStream(InputStream in, MediaRef ref, long maxBytes, String where) {
        this(in, ref.sha256(), maxBytes, ref.originalName().isBlank() ? ref.sha256().substring(0, 12)
                : ref.originalName(), where);
    }

    /**
     * Bytes known by a label only, which messages show as the photo's name, with the hash as
     * where the bytes are.
     *
     * @param in             the stored bytes
     * @param expectedSha256 64 lower-case hex digits
     * @param maxBytes       more bytes than this is an error
     * @param source         names the bytes in messages
     */
    public DigestCheckingInputStream(InputStream in, String expectedSha256, long maxBytes, String source) {
        this(in, expectedSha256, maxBytes, source, expectedSha256);
    }

    private DigestCheckingInputStream(InputStream in, String expectedSha256, long maxBytes, String photoName,
                                      String where) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.maxBytes = maxBytes;
        this.photoName = photoName;
        this.where = where;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            checkAtEnd();
        } else {
            digest.update((byte) b);
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            checkAtEnd();
        } else {
            digest.update(buffer, offset, n);
            counted(n);
        }
        return n;
    }

    /** Skipping would leave bytes unhashed, so skipped bytes are read and hashed. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** Bytes passed through so far. */
    public long count() {
        return count;
    }

    private void counted(int n) throws IOException {
        count += n;
        if (count > maxBytes) {
            throw new PhotoBytesException(PhotoBytesException.Kind.TOO_LARGE, photoName, where, maxBytes);
        }
    }

    private void checkAtEnd() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        String actual = Sha256.hex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new PhotoBytesException(PhotoBytesException.Kind.CHANGED, photoName, where, maxBytes);
        }
    }
}
