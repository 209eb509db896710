package org.podium.model;

import java.util.regex.Pattern;

final class Ids {

    /** Letters, digits, '-', '_' and '.', 1–64 characters: safe in file names and XML ids. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Ids() {
    }

    static void check(String value, String what) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "invalid " + what + " id '" + value + "': use 1–64 letters, digits, '.', '_' or '-'");
        }
    }
}
