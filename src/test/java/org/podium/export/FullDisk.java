package org.podium.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * A disk that fills up: while open, every export's output fails with the system's "No space left
 * on device" once it has written {@code capacityBytes}. Close it to give the disk back.
 */
public final class FullDisk implements AutoCloseable {

    /** The message Linux gives for ENOSPC, as Java reports it. */
    public static final String NO_SPACE = "No space left on device";

    private FullDisk() {
    }

    /** Outputs opened from now on take {@code capacityBytes} and then fail. */
    public static FullDisk after(long capacityBytes) {
        AtomicOutput.streams = out -> new Filling(out, capacityBytes);
        return new FullDisk();
    }

    @Override
    public void close() {
        AtomicOutput.streams = UnaryOperator.identity();
    }

    private static final class Filling extends FilterOutputStream {

        private long leftBytes;

        Filling(OutputStream out, long capacityBytes) {
            super(out);
            this.leftBytes = capacityBytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int fits = (int) Math.min(length, leftBytes);
            out.write(bytes, offset, fits);
            leftBytes -= fits;
            if (fits < length) {
                throw new IOException(NO_SPACE);
            }
        }
    }
}
