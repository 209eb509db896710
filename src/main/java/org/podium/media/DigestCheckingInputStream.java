package org.podium.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes a stored photo's bytes through and, when the end is reached, checks they still hash to
 * the SHA-256 that names them. A photo changed on disk after import, or damaged inside a
 * {@code .podium} file, then fails loudly instead of being shown or saved under a wrong name.
 * A reader that stops before the end (an image header probe) gets no check.
 */
public final class DigestCheckingInputStream extends FilterInputStream {

    private final String expectedSha256;
    private final long maxBytes;
    private final String source;
    private final MessageDigest digest = Sha256.newDigest();
    private long count;
    private boolean checked;

    /**
     * @param in             the stored bytes
     * @param expectedSha256 64 lower-case hex digits
     * @param maxBytes       more bytes than this is an error (a zip entry inflating past its limit)
     * @param source         names the bytes in messages, e.g. {@code /x/a.podium: media/ab…12.jpg}
     */
    public DigestCheckingInputStream(InputStream in, String expectedSha256, long maxBytes, String source) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.maxBytes = maxBytes;
        this.source = source;
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
            throw new IOException(source + ": more than " + maxBytes + " bytes; the photo is too large or the file is damaged");
        }
    }

    private void checkAtEnd() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        String actual = Sha256.hex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new IOException(source + ": the photo's bytes do not match its SHA-256 " + expectedSha256
                    + " (they hash to " + actual + "); it was changed or damaged");
        }
    }
}
