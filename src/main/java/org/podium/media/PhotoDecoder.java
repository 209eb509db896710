package org.podium.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.podium.media.PhotoDecodeException.Reason;
import org.podium.model.MediaRef;

/**
 * Decodes a photo at the size it is shown: EXIF orientation applied, never upscaled, and never
 * more of the stored pixels decoded than the display needs.
 *
 * <p>How: the header gives the stored size, checked against {@link DecodeLimits} before any
 * pixel memory is taken. The reader then decodes only every n-th pixel of every n-th row
 * ({@link ImageReadParam#setSourceSubsampling}) and an area-averaging downscale takes the result
 * to the exact target. n leaves twice the target where that is cheap; a large JPEG photo is
 * subsampled down to no less than the target itself, which halves the time of a 24 MP camera
 * photo for a 2560-pixel export and stays within 2/255 on average of decoding every pixel (see
 * {@link #subsampling} and docs/decisions/0005-photo-decoding.md).
 *
 * <p>Failures, whatever the reader throws, come out as {@link PhotoDecodeException} naming the
 * photo. Safe to use from several threads; JPEG decodes write into reused destination pictures
 * ({@link DecodeScratch}), so a decode allocates little more than its result.
 */
public final class PhotoDecoder {

    private static final System.Logger LOG = System.getLogger(PhotoDecoder.class.getName());
    /**
     * Decoded size up to which a JPEG keeps twice its target: 4 megapixels (16 MB as ARGB) decode
     * and average in a few tens of milliseconds; above it, the per-pixel work and the garbage it
     * leaves outweigh the last bit of sharpness.
     */
    static final long CHEAP_DECODED_PIXELS = 4_000_000L;
    /** Destination pictures JPEG decodes reuse, shared by every decoder and thread. */
    private static final DecodeScratch SHARED_SCRATCH = new DecodeScratch();

    private final DecodeLimits limits;
    /** Null: every decode gets a destination of its own. */
    private final DecodeScratch scratchPictures;

    public PhotoDecoder() {
        this(DecodeLimits.DEFAULT);
    }

    public PhotoDecoder(DecodeLimits limits) {
        this(limits, SHARED_SCRATCH);
    }

    PhotoDecoder(DecodeLimits limits, DecodeScratch scratchPictures) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.scratchPictures = scratchPictures;
    }

    /**
     * The photo of {@code ref}, from {@code store}, decoded for {@code request}: oriented as
     * {@link MediaRef#exifOrientation()} says, aspect kept, no larger than the request needs.
     *
     * @throws PhotoDecodeException naming the photo: missing, unreadable, unsupported format, too
     *                              many pixels, truncated or damaged
     */
    public DecodedPhoto decode(MediaRef ref, MediaStore store, PhotoRequest request) throws PhotoDecodeException {
        Objects.requireNonNull(request, "request");
        String name = ref.originalName();
        if (!store.contains(ref)) {
            throw new PhotoDecodeException(name, Reason.MISSING,
                    "the photo is neither in the programme file nor among the imported photos; import it again");
        }
        long startNanos = System.nanoTime();
        DecodedPhoto photo;
        try (InputStream in = store.open(ref); ImageInputStream input = new MemoryCacheImageInputStream(in)) {
            photo = decode(ref, input, request);
        } catch (NoSuchFileException e) {
            throw new PhotoDecodeException(name, Reason.MISSING,
                    "the photo file is no longer there (" + e.getMessage() + "); import it again", e);
        } catch (IOException e) {
            throw new PhotoDecodeException(name, Reason.UNREADABLE, "the photo could not be read: " + e.getMessage(), e);
        }
        LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "%s: decoded %s with subsampling %d in %.1f ms", name,
                photo.size(), photo.sourceSubsampling(), (System.nanoTime() - startNanos) / 1e6));
        return photo;
    }

    private DecodedPhoto decode(MediaRef ref, ImageInputStream input, PhotoRequest request)
            throws IOException, PhotoDecodeException {
        String name = ref.originalName();
        ImageFormat format = sniff(name, input);
        ImageReader reader = reader(name, format);
        BufferedImage scratch = null;
        try {
            reader.setInput(input, true, true);
            PixelSize stored = storedSize(name, format, reader);
            checkSourceSize(name, stored);
            int orientation = ref.exifOrientation();
            boolean quarterTurned = ExifOrientation.quarterTurned(orientation);
            PixelSize displayed = quarterTurned ? stored.swapped() : stored;
            PixelSize displayTarget = request.targetFor(displayed);
            PixelSize target = quarterTurned ? displayTarget.swapped() : displayTarget;
            int subsampling = subsampling(stored, target, format, limits.maxDecodedPixels());
            PixelSize decoded = subsampled(stored, subsampling);
            scratch = format == ImageFormat.JPEG && scratchPictures != null ? scratchFor(reader, decoded) : null;
            BufferedImage image = read(name, format, reader, subsampling, scratch, decoded);
            if (image.getWidth() < target.widthPx() || image.getHeight() < target.heightPx()) {
                // the decoded-pixel limit forced coarser subsampling than the target needs
                target = PhotoRequest.contain(image.getWidth(), image.getHeight()).targetFor(target);
            }
            boolean opaque = ArgbConversion.opaque(image);
            Pixels pixels = AreaScaler.scale(image, target);
            image = null; // the decoded picture can go before the oriented copy is made
            if (scratch != null) {
                scratchPictures.giveBack(scratch);
                scratch = null;
            }
            pixels = ExifOrientation.apply(pixels, orientation);
            int[] argbPre = pixels.argbPre();
            return new DecodedPhoto(pixels.widthPx(), pixels.heightPx(), argbPre,
                    opaque || DecodedPhoto.allOpaque(argbPre), subsampling);
        } catch (OutOfMemoryError e) {
            throw new PhotoDecodeException(name, Reason.TOO_LARGE,
                    "there was not enough memory to decode the photo; make a smaller copy and import that");
        } catch (RuntimeException e) {
            // ImageIO plug-ins throw unchecked exceptions on some malformed files; the slide shows a
            // placeholder rather than losing the thread that draws it
            LOG.log(Level.WARNING, name + ": unexpected failure while decoding", e);
            throw new PhotoDecodeException(name, Reason.DAMAGED,
                    "the photo could not be decoded (" + e + "); import the original photo again", e);
        } finally {
            // a decode that failed half-way leaves only pixels the next one overwrites
            if (scratch != null) {
                scratchPictures.giveBack(scratch);
            }
            reader.dispose();
        }
    }

    /**
     * A reused destination for the reader's own picture type (JPEG's BGR or grey), or null for
     * other types (CMYK, which the reader converts itself) and very large decodes.
     */
    private BufferedImage scratchFor(ImageReader reader, PixelSize decoded) {
        int type;
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next().getBufferedImageType() : BufferedImage.TYPE_CUSTOM;
        } catch (IOException | RuntimeException e) {
            return null; // reading itself reports what is wrong with the photo
        }
        if (type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_BYTE_GRAY) {
            return null;
        }
        return scratchPictures.borrow(type, decoded.widthPx(), decoded.heightPx());
    }

    /**
     * The source subsampling for a picture of {@code stored} pixels shown at {@code target}:
     * <ol>
     * <li>the largest step that still leaves twice the target in both directions (1 when none
     * does), so the last step averages at least 2 × 2 decoded pixels and fine detail does not alias;
     * <li>for JPEG only, raised while the decoded picture would be over {@link #CHEAP_DECODED_PIXELS},
     * but never past the largest step that leaves the target itself: a camera photo for a
     * full-screen slide or a 2560-pixel export then decodes 3 to 6 megapixels instead of 24;
     * <li>raised further, whatever it costs in sharpness, until the decoded picture has at most
     * {@code maxDecodedPixels}.
     * </ol>
     * {@link #subsampled} keeps at least ⌊stored / n⌋ pixels per direction, so n ≤ stored /
     * (margin × target) is enough for a margin.
     */
    static int subsampling(PixelSize stored, PixelSize target, ImageFormat format, long maxDecodedPixels) {
        int n = largestKeeping(stored, target, 2);
        if (format == ImageFormat.JPEG) {
            int atTarget = largestKeeping(stored, target, 1);
            while (n < atTarget && subsampled(stored, n).pixels() > CHEAP_DECODED_PIXELS) {
                n++;
            }
        }
        while (subsampled(stored, n).pixels() > maxDecodedPixels) {
            n++;
        }
        return n;
    }

    private static int largestKeeping(PixelSize stored, PixelSize target, int margin) {
        return (int) Math.max(1, Math.min(stored.widthPx() / ((long) margin * target.widthPx()),
                stored.heightPx() / ((long) margin * target.heightPx())));
    }

    /**
     * The size ImageIO decodes with subsampling {@code n}: every n-th pixel, starting at
     * {@link #subsamplingOffset}.
     */
    static PixelSize subsampled(PixelSize stored, int n) {
        int offset = subsamplingOffset(n);
        return new PixelSize((stored.widthPx() - offset + n - 1) / n, (stored.heightPx() - offset + n - 1) / n);
    }

    /**
     * Where in each n × n block the kept pixel sits: its middle, not its top-left corner, so the
     * decoded picture is not shifted by up to a block towards the top left.
     */
    static int subsamplingOffset(int n) {
        return (n - 1) / 2;
    }

    private static ImageFormat sniff(String name, ImageInputStream input) throws IOException, PhotoDecodeException {
        byte[] head = new byte[ImageFormat.HEADER_BYTES];
        input.mark();
        int n = input.read(head);
        input.reset();
        if (n <= 0) {
            throw new PhotoDecodeException(name, Reason.DAMAGED, "the photo file is empty; import the original again");
        }
        byte[] read = n == head.length ? head : Arrays.copyOf(head, n);
        return ImageFormat.sniff(read).orElseThrow(() -> new PhotoDecodeException(name, Reason.UNSUPPORTED,
                ImageFormat.unsupportedFormatMessage(read)));
    }

    private static ImageReader reader(String name, ImageFormat format) throws PhotoDecodeException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new PhotoDecodeException(name, Reason.UNSUPPORTED, "this Java runtime has no " + format + " reader");
        }
        return readers.next();
    }

    private static PixelSize storedSize(String name, ImageFormat format, ImageReader reader)
            throws PhotoDecodeException {
        int widthPx;
        int heightPx;
        try {
            widthPx = reader.getWidth(0);
            heightPx = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            Optional<String> unsupported = format.unsupportedVariantMessage(e);
            if (unsupported.isPresent()) {
                throw new PhotoDecodeException(name, Reason.UNSUPPORTED, unsupported.get(), e);
            }
            throw new PhotoDecodeException(name, Reason.DAMAGED,
                    "the " + format + " header is truncated or damaged; import the original photo again", e);
        }
        if (widthPx < 1 || heightPx < 1) {
            throw new PhotoDecodeException(name, Reason.DAMAGED, "the " + format + " header gives no picture size");
        }
        return new PixelSize(widthPx, heightPx);
    }

    private void checkSourceSize(String name, PixelSize stored) throws PhotoDecodeException {
        Optional<String> problem = limits.sourceSizeProblem(stored);
        if (problem.isPresent()) {
            throw new PhotoDecodeException(name, Reason.TOO_LARGE, problem.get());
        }
    }

    /**
     * Every {@code subsampling}-th pixel of the photo, {@code decoded} in size; written into the
     * top-left corner of {@code destination} when one is given, which is then what is returned.
     */
    private static BufferedImage read(String name, ImageFormat format, ImageReader reader, int subsampling,
                                      BufferedImage destination, PixelSize decoded) throws PhotoDecodeException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int offset = subsamplingOffset(subsampling);
        param.setSourceSubsampling(subsampling, subsampling, offset, offset);
        if (destination != null) {
            param.setDestination(destination);
        }
        BufferedImage image;
        try {
            image = reader.read(0, param);
            if (destination != null) {
                image = image.getSubimage(0, 0, decoded.widthPx(), decoded.heightPx());
            }
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (format == ImageFormat.JPEG && message.contains("Unsupported Image Type")) {
                throw new PhotoDecodeException(name, Reason.CMYK,
                        "the photo is a CMYK JPEG (printing colours), which Podium cannot show yet; save it as RGB", e);
            }
            throw new PhotoDecodeException(name, Reason.DAMAGED, "the " + format
                    + " data is damaged or cut short and cannot be decoded; import the original photo again", e);
        }
        for (String warning : warnings) {
            // libjpeg fills a cut-short picture with grey and only warns; a half-grey photo on the
            // projector is worse than a placeholder that tells the organiser to re-import it
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new PhotoDecodeException(name, Reason.DAMAGED,
                        "the " + format + " file is cut short (only part of the picture is there); "
                                + "import the original photo again");
            }
            LOG.log(Level.DEBUG, "{0}: {1}", name, warning);
        }
        return image;
    }
}
