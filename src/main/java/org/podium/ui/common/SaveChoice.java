package org.podium.ui.common;

/** The answer to "Save the changes to … before closing it?". */
public enum SaveChoice {
    SAVE,
    DISCARD,
    CANCEL
}
