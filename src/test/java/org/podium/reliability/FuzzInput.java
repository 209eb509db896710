package org.podium.reliability;

/**
 * One mutated file to open.
 *
 * @param family the mutation family, e.g. {@code truncate:central-directory}, for the figures
 * @param detail what exactly was done, to reproduce a failure by hand
 * @param bytes  the whole file
 */
record FuzzInput(String family, String detail, byte[] bytes) {
}
