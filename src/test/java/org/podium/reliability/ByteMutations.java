package org.podium.reliability;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.podium.reliability.ZipBytes.Region;

/** Mutations that know nothing of the content: bit flips, byte overwrites and truncation, aimed at one region. */
final class ByteMutations {

    /** Values that often sit on boundaries of length and offset fields. */
    private static final int[] INTERESTING = {0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE, 0x50, 0x4B};

    private final byte[] seed;
    private final List<Region> regions;

    ByteMutations(byte[] seed) {
        this.seed = seed;
        this.regions = ZipBytes.regions(seed).stream().filter(r -> r.length() > 0).toList();
    }

    List<Region> regions() {
        return regions;
    }

    /** 1–4 bits flipped inside one region (its kind chosen first, so the 22-byte end record is hit as often as the data). */
    FuzzInput bitFlip(Random random) {
        Region region = pick(random);
        byte[] bytes = seed.clone();
        int flips = 1 + random.nextInt(4);
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < flips; i++) {
            int at = region.start() + random.nextInt(region.length());
            int bit = random.nextInt(8);
            bytes[at] ^= (byte) (1 << bit);
            detail.append(at).append('.').append(bit).append(' ');
        }
        return new FuzzInput("bit-flip:" + name(region), "flipped bits " + detail.toString().trim(), bytes);
    }

    /** 1–8 bytes overwritten inside one region with boundary values or random bytes. */
    FuzzInput overwrite(Random random) {
        Region region = pick(random);
        byte[] bytes = seed.clone();
        int count = 1 + random.nextInt(8);
        int at = region.start() + random.nextInt(region.length());
        boolean run = random.nextBoolean();
        for (int i = 0; i < count && at + i < bytes.length; i++) {
            int value = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : random.nextInt(256);
            bytes[run ? at + i : region.start() + random.nextInt(region.length())] = (byte) value;
        }
        return new FuzzInput("overwrite:" + name(region), count + " bytes from " + at + (run ? " (a run)" : " (scattered)"),
                bytes);
    }

    /** The file cut at a point inside one region. */
    FuzzInput truncate(Random random) {
        Region region = pick(random);
        int length = region.start() + random.nextInt(region.length());
        byte[] bytes = java.util.Arrays.copyOf(seed, length);
        return new FuzzInput("truncate:" + name(region), "cut to " + length + " of " + seed.length + " bytes", bytes);
    }

    /** A kind of region first, uniformly, then one region of that kind. */
    private Region pick(Random random) {
        List<ZipBytes.Kind> kinds = regions.stream().map(Region::kind).distinct().toList();
        ZipBytes.Kind kind = kinds.get(random.nextInt(kinds.size()));
        List<Region> ofKind = regions.stream().filter(r -> r.kind() == kind).toList();
        return ofKind.get(random.nextInt(ofKind.size()));
    }

    static String name(Region region) {
        return region.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
