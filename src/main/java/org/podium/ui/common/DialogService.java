package org.podium.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs a view model may ask for, so it stays free of JavaFX scene classes and tests can answer
 * them. Calls are made on the UI thread and block until the person answers.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    /** @param folder where the chooser starts, or {@code null} for its default */
    Optional<Path> chooseProgrammeToOpen(Path folder);

    /**
     * @param folder        where the chooser starts, or {@code null} for its default
     * @param suggestedName file name offered, with its extension
     */
    Optional<Path> chooseProgrammeToSave(Path folder, String suggestedName);

    /** Asks whether to save the changes to {@code programmeTitle} before they would be lost. */
    SaveChoice askToSaveChanges(String programmeTitle);

    /** A yes/no question; true for the affirmative {@code yes} button. */
    boolean confirm(String title, String message, String yes, String no);

    /** Photos or folders of photos to import; empty when the person cancelled. */
    java.util.List<Path> choosePhotos(Path folder);
}
