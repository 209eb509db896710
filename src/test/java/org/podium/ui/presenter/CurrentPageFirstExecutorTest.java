package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class CurrentPageFirstExecutorTest {

    private final List<Runnable> pulls = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final CurrentPageFirstExecutor executor = new CurrentPageFirstExecutor(pulls::add);

    private void ask(int page, String name) {
        executor.forPage(page).execute(() -> ran.add(name));
    }

    private void runAll() {
        List<Runnable> now = new ArrayList<>(pulls);
        pulls.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void slowClickingKeepsTheOrderOfDecodingAhead() {
        executor.showing(4);
        ask(4, "p4");
        ask(5, "p5");
        ask(6, "p6");
        ask(3, "p3");
        runAll();
        assertThat(ran).containsExactly("p4", "p5", "p6", "p3");
    }

    @Test
    void thePageOnShowGoesFirstAlsoWhenItWasAskedForAsAPageAhead() {
        executor.showing(0);
        ask(0, "p0");
        ask(1, "p1");
        ask(2, "p2");
        ask(3, "p3");
        executor.showing(40); // a jump
        ask(40, "p40");
        executor.execute(() -> ran.add("preview of 40"));
        executor.showing(3);
        pulls.remove(0).run();
        assertThat(ran).as("page 3, asked for ahead of page 0").containsExactly("p3");
        executor.showing(40);
        runAll();
        assertThat(ran).containsExactly("p3", "p40", "preview of 40", "p0", "p1", "p2");
    }

    @Test
    void withOneAtOnceAJobWaitsHereUntilTheLastOneFinishedAndThePageOnShowStillGoesFirst() {
        CurrentPageFirstExecutor one = new CurrentPageFirstExecutor(pulls::add, 1);
        one.showing(0);
        one.forPage(0).execute(() -> ran.add("p0"));
        one.forPage(1).execute(() -> ran.add("p1"));
        one.forPage(2).execute(() -> {
            ran.add("p2");
            throw new IllegalStateException("a decode that failed");
        });
        one.forPage(3).execute(() -> ran.add("p3"));
        assertThat(pulls).as("one job out at a time").hasSize(1);

        pulls.remove(0).run();
        assertThat(ran).containsExactly("p0");
        assertThat(pulls).as("the next handed on when p0 finished").hasSize(1);
        one.showing(2);
        assertThatThrownBy(() -> pulls.remove(0).run()).hasMessage("a decode that failed");
        assertThat(pulls).as("handed on after a failure too").hasSize(1);
        runAll();
        runAll();
        assertThat(ran).containsExactly("p0", "p2", "p1", "p3");
        assertThat(pulls).isEmpty();
    }

    @Test
    void oneProcessorIsLeftToTheScreenAndTwoDecodesAtMostRunAtOnce() {
        assertThat(CurrentPageFirstExecutor.decodesAtOnce(1)).isEqualTo(1);
        assertThat(CurrentPageFirstExecutor.decodesAtOnce(2)).isEqualTo(1);
        assertThat(CurrentPageFirstExecutor.decodesAtOnce(3)).isEqualTo(2);
        assertThat(CurrentPageFirstExecutor.decodesAtOnce(16)).isEqualTo(2);
    }

    @Test
    void aJobTheThreadsRefuseIsDroppedAndTheRefusalPassedOn() {
        CurrentPageFirstExecutor refusing = new CurrentPageFirstExecutor(task -> {
            throw new RejectedExecutionException("shut down");
        });
        assertThatThrownBy(() -> refusing.execute(() -> ran.add("never"))).isInstanceOf(RejectedExecutionException.class);
        refusing.showing(0);
        assertThat(ran).isEmpty();
    }
}
