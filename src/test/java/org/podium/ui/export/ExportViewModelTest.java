package org.podium.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.TestProgrammes;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.sheet.RunningSheetXlsx;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxOptions;
import org.podium.model.Programme;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.session.EditorSession;
import org.podium.ui.shell.Fakes;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final EditorSession session = new EditorSession(TestProgrammes.withoutPhotos());
    private final ExportFakes.Exporter exporter = new ExportFakes.Exporter();
    private final ExportFakes.Chooser chooser = new ExportFakes.Chooser();
    private final ExportFakes.Notifier notifier = new ExportFakes.Notifier();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final ExportMemory memory = ExportMemory.inMemory();

    private ExportViewModel model(BackgroundRunner runner, Locale locale) {
        return new ExportViewModel(session, exporter, runner, chooser, dialogs, notifier, memory,
                Messages.load(locale));
    }

    private ExportViewModel model() {
        return model(new SameThreadRunner(), Locale.ENGLISH);
    }

    @Test
    void optionsSetInTheDialogReachTheExporter() {
        ExportViewModel model = model();
        model.loadOptions();
        model.qualityProperty().set(PhotoQuality.COMPACT);
        model.notesProperty().set(false);
        Path target = dir.resolve("deck.pptx");
        chooser.answers.add(Optional.of(target));

        assertThat(model.export(ExportKind.PPTX)).isTrue();

        assertThat(exporter.requests).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(ExportKind.PPTX);
            assertThat(request.pptx()).isEqualTo(new PptxOptions(PhotoQuality.COMPACT, false, true));
            assertThat(request.target()).isEqualTo(target);
            assertThat(request.programme()).isSameAs(session.programme());
            assertThat(request.media()).isSameAs(session.media());
        });
    }

    @Test
    void handoutOptionsReachTheExporter() {
        ExportViewModel model = model();
        model.loadOptions();
        model.perPageProperty().set(6);
        model.handoutNotesProperty().set(true);
        chooser.answers.add(Optional.of(dir.resolve("handouts.pdf")));

        model.export(ExportKind.HANDOUTS);

        assertThat(exporter.requests).singleElement().extracting(ExportRequest::handouts)
                .isEqualTo(new HandoutOptions(6, true));
    }

    @Test
    void theDialogsOfferWhatWasChosenLastTime() {
        ExportViewModel first = model();
        first.loadOptions();
        first.qualityProperty().set(PhotoQuality.ORIGINAL);
        first.fadeProperty().set(false);
        first.perPageProperty().set(4);
        first.export(ExportKind.PPTX);
        first.export(ExportKind.HANDOUTS);

        ExportViewModel next = model();
        next.loadOptions();

        assertThat(next.pptxOptions()).isEqualTo(new PptxOptions(PhotoQuality.ORIGINAL, true, false));
        assertThat(next.handoutOptions().perPage()).isEqualTo(4);
    }

    @Test
    void successSaysHowManySlidesWentToWhichFile() {
        ExportViewModel model = model();
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        Path target = dir.resolve("deck.pptx");
        chooser.answers.add(Optional.of(target));

        model.export(ExportKind.PPTX);

        assertThat(notifier.exported).containsExactly("Exported 33 slides to deck.pptx");
        assertThat(notifier.files).containsExactly(target);
        assertThat(progress).contains(1.0 / 33, 1.0);
        assertThat(model.messageProperty().get()).isEqualTo("Slide 33 of 33");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRunningSheetCountsSegments() {
        exporter.slides = 7;
        ExportViewModel model = model();
        chooser.answers.add(Optional.of(dir.resolve("sheet.xlsx")));

        model.export(ExportKind.SHEET_XLSX);

        assertThat(notifier.exported).containsExactly("Exported the running sheet (7 segments) to sheet.xlsx");
    }

    @Test
    void anErrorNamesTheFileItsFolderTheProblemAndWhatToDo() {
        ExportViewModel model = model();
        exporter.failure = new IOException(dir.resolve("deck.pptx") + ": not exported: no space left on device");
        chooser.answers.add(Optional.of(dir.resolve("deck.pptx")));

        model.export(ExportKind.PPTX);

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Export failed\ndeck.pptx could not be exported to " + dir)
                .contains("no space left on device", "Check that the folder exists");
        assertThat(notifier.exported).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("deck.pptx was not exported.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anExportIntoAMissingFolderSaysWhyAndWhatToDoInTheWindowsTraditionalChinese() {
        Path missing = dir.resolve("已刪除的資料夾");
        chooser.answers.add(Optional.of(missing.resolve("流程表.xlsx")));
        ExportViewModel model = new ExportViewModel(session, (request, progress) -> {
            RunningSheetXlsx.write(request.programme(), request.programme().language().locale(), request.target(),
                    progress);
            return request.programme().segments().size();
        }, new SameThreadRunner(), chooser, dialogs, notifier, memory, Messages.load(Locale.TAIWAN));

        model.export(ExportKind.SHEET_XLSX);

        assertThat(dialogs.errors).singleElement().asString().isEqualTo("匯出失敗\n無法將 流程表.xlsx 匯出至 " + missing
                + "。\n\n未能寫入流程表：資料夾 " + missing + " 不存在。請選擇其他資料夾，或先建立這個資料夾再重新匯出。");
        assertThat(model.statusProperty().get()).isEqualTo("流程表.xlsx 未能匯出。");
        assertThat(notifier.exported).isEmpty();
    }

    @Test
    void cancellingStopsTheExportAndSaysNothingWasWritten() {
        ExportFakes.HeldRunner runner = new ExportFakes.HeldRunner();
        ExportViewModel model = model(runner, Locale.ENGLISH);
        chooser.answers.add(Optional.of(dir.resolve("deck.pptx")));
        model.export(ExportKind.PPTX);
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Laying out the slides...");

        model.cancel();
        exporter.checkCancel = true;
        runner.runHeld();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(notifier.notes).containsExactly("Export cancelled: deck.pptx was not written.");
        assertThat(notifier.exported).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anExporterThatStopsOnItsOwnIsTakenAsCancelledNotFailed() {
        chooser.answers.add(Optional.of(dir.resolve("deck.pptx")));
        ExportViewModel stopping = new ExportViewModel(session, (request, progress) -> {
            throw new CancellationException("export to deck.pptx cancelled");
        }, new SameThreadRunner(), chooser, dialogs, notifier, memory, Messages.load(Locale.ENGLISH));

        stopping.export(ExportKind.PPTX);

        assertThat(dialogs.errors).isEmpty();
        assertThat(notifier.notes).containsExactly("Export cancelled: deck.pptx was not written.");
        assertThat(stopping.busyProperty().get()).isFalse();
    }

    @Test
    void aSecondExportWaitsForTheFirst() {
        ExportFakes.HeldRunner runner = new ExportFakes.HeldRunner();
        ExportViewModel model = model(runner, Locale.ENGLISH);
        chooser.answers.add(Optional.of(dir.resolve("deck.pptx")));
        chooser.answers.add(Optional.of(dir.resolve("sheet.pdf")));
        model.export(ExportKind.PPTX);

        assertThat(model.export(ExportKind.SHEET_PDF)).isFalse();
        assertThat(chooser.suggestedNames).hasSize(1);
    }

    @Test
    void aRunningSheetSaysItIsWritingTheSheetNotLayingOutSlides() {
        ExportViewModel model = model(new ExportFakes.HeldRunner(), Locale.ENGLISH);
        chooser.answers.add(Optional.of(dir.resolve("sheet.pdf")));

        model.export(ExportKind.SHEET_PDF);

        assertThat(model.titleProperty().get()).isEqualTo("Exporting sheet.pdf");
        assertThat(model.messageProperty().get()).isEqualTo("Writing the running sheet...");
        assertThat(model.progressProperty().get()).isNegative();
    }

    @Test
    void cancellingTheChooserExportsNothing() {
        ExportViewModel model = model();

        assertThat(model.export(ExportKind.PPTX)).isFalse();

        assertThat(exporter.requests).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        ExportViewModel model = model();
        chooser.answers.add(Optional.of(dir.resolve("典禮")));
        chooser.answers.add(Optional.of(dir.resolve("Deck.PPTX")));

        model.export(ExportKind.PPTX);
        model.export(ExportKind.PPTX);

        assertThat(exporter.requests).extracting(ExportRequest::target)
                .containsExactly(dir.resolve("典禮.pptx"), dir.resolve("Deck.PPTX"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PPTX, .pptx",
            "SHEET_XLSX, ' 流程表.xlsx'",
            "SHEET_PDF, ' 流程表.pdf'",
            "HANDOUTS, ' 講義.pdf'"})
    void theOfferedNameIsTheTitleWithTheDocumentAndExtension(ExportKind kind, String ending) {
        ExportViewModel model = model(new SameThreadRunner(), Locale.forLanguageTag("zh-Hant-TW"));

        model.export(kind);

        assertThat(chooser.suggestedNames).containsExactly(TestProgrammes.TITLE + ending);
    }

    @Test
    void theChooserStartsInTheProgrammeFolderElseWhereTheLastExportWent() {
        ExportViewModel model = model();
        Path elsewhere = dir.resolve("exports");
        chooser.answers.add(Optional.of(elsewhere.resolve("deck.pptx")));
        model.export(ExportKind.PPTX);
        model.export(ExportKind.PPTX);
        session.load(session.programme(), null, dir.resolve("events").resolve("event.podium"), false);
        model.export(ExportKind.PPTX);

        assertThat(chooser.folders).containsExactly(null, elsewhere, dir.resolve("events"));
    }

    @Test
    void aTitleWithCharactersFileSystemsRefuseGivesAUsableName() {
        session.load(Programme.empty("Awards 2026: \"Stars\" / Night?\n", TestProgrammes.jianye().language()), null,
                null, false);
        ExportViewModel model = model();
        assertThat(model.suggestedFileName(ExportKind.PPTX)).isEqualTo("Awards 2026 Stars Night.pptx");
        session.load(Programme.empty("  ", TestProgrammes.jianye().language()), null, null, false);
        assertThat(model.suggestedFileName(ExportKind.SHEET_XLSX)).isEqualTo("programme running sheet.xlsx");
    }
}
