package org.podium.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.edit.Edit;
import org.podium.media.TestImages;
import org.podium.model.Language;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideKind;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;
import org.podium.ui.shell.Fakes;

class PhotoImportViewModelTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");

    @TempDir
    Path dir;

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final RunningOrderViewModel runningOrder = new RunningOrderViewModel(session, messages);
    private final PhotoImportViewModel model = new PhotoImportViewModel(session, runningOrder, new SameThreadRunner(),
            dialogs, messages);

    private Path jpeg(String name, int seed) throws IOException {
        return Files.write(dir.resolve(name), TestImages.jpeg(64, 48, seed));
    }

    private List<Slide> montage() {
        return session.programme().segment(MONTAGE).orElseThrow().slides();
    }

    @Test
    void eachUsableFileBecomesAPhotoSlideInOneUndoStepAndEachBadFileIsNamed() throws IOException {
        Path a = jpeg("a.jpg", 1);
        Path b = jpeg("b.jpg", 2);
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a photo at all");
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        session.select(Selection.segment(MONTAGE));

        model.importFiles(List.of(a, text, b, empty), null, false);

        assertThat(montage()).hasSize(3);
        assertThat(montage().subList(1, 3)).extracting(s -> ((SinglePhoto) s.content()).photo().media().originalName())
                .containsExactly("a.jpg", "b.jpg");
        assertThat(session.undoable()).get().extracting(Edit::labelKey).isEqualTo("edit.photos.import");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Some files were not added")
                .contains("2 files were not added; 2 photos were added")
                .contains(text.toString()).contains(empty.toString() + ": the file is empty");
        assertThat(session.importedMedia().file(((SinglePhoto) montage().get(1).content()).photo().media()))
                .contains(a);

        session.undo();
        assertThat(montage()).hasSize(1);
    }

    @Test
    void aFolderDroppedOnASegmentImportsItsPhotosInNameOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photos"));
        Files.write(folder.resolve("2.jpg"), TestImages.jpeg(32, 32, 2));
        Files.write(folder.resolve("1.png"), TestImages.png(32, 32, 1));
        Files.writeString(folder.resolve("Thumbs.db"), "ignored");

        model.importFiles(List.of(folder), Selection.segment(MONTAGE), false);

        assertThat(montage()).extracting(s -> s.content().kind()).containsExactly(SlideKind.PHOTO, SlideKind.PHOTO,
                SlideKind.PHOTO);
        assertThat(((SinglePhoto) montage().get(1).content()).photo().media().originalName()).isEqualTo("1.png");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void photosIntoAnEmptyProgrammeGetAPhotoMontageSegment() throws IOException {
        session.load(Programme.empty("", Language.EN), null, null, false);
        model.importFiles(List.of(jpeg("a.jpg", 1)), null, false);
        assertThat(session.programme().segments()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SegmentKind.PHOTO_MONTAGE))
                .satisfies(s -> assertThat(s.slides()).hasSize(1));
    }

    @Test
    void gridTakesTwoToFourPhotos() throws IOException {
        session.select(Selection.segment(MONTAGE));
        model.importFiles(List.of(jpeg("a.jpg", 1), jpeg("b.jpg", 2), jpeg("c.jpg", 3)), null, true);
        assertThat(montage()).hasSize(2);
        assertThat(((PhotoGrid) montage().get(1).content()).photos()).hasSize(3);

        model.importFiles(List.of(jpeg("d.jpg", 4)), null, true);
        assertThat(montage()).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("A photo grid shows 2 to 4 photos; 1 were chosen.");
    }
}
