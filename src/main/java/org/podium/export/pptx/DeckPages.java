package org.podium.export.pptx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.model.Programme;

/**
 * The pages a deck is written from, taken in order: either all laid out already, or coming one by
 * one from a layout running on a thread of its own, so that laying out and writing overlap. On a
 * 448-slide programme the layout took 0.5 s of the writing thread's 3 s.
 */
abstract class DeckPages implements AutoCloseable {

    private final List<SlidePage> taken = new ArrayList<>();

    /** Pages laid out already. */
    static DeckPages of(List<SlidePage> pages) {
        return new DeckPages() {
            private int next;

            @Override
            SlidePage produce() {
                return next < pages.size() ? pages.get(next++) : null;
            }

            @Override
            int expected() {
                return pages.size();
            }
        };
    }

    /**
     * The pages of {@code programme}, laid out by {@code engine} on a thread started now. An
     * exception of the layout is thrown, as it was, by the {@link #next()} that would have
     * returned the page it stopped at; closing stops the layout at its next page.
     */
    static DeckPages layingOut(SlideLayoutEngine engine, Programme programme) {
        return new LayingOut(engine, programme);
    }

    /** The next page, waiting for it to be laid out if need be; null after the last. */
    final SlidePage next() {
        SlidePage page = produce();
        if (page != null) {
            taken.add(page);
        }
        return page;
    }

    /** The pages taken so far, in order: after {@link #next()} returned null, all of them. */
    final List<SlidePage> taken() {
        return List.copyOf(taken);
    }

    /** How many pages there are; while the layout runs, how many are known so far. */
    abstract int expected();

    abstract SlidePage produce();

    @Override
    public void close() {
    }

    private static final class LayingOut extends DeckPages {

        /** What the layout thread hands over: a page, {@link #END}, or a {@link Failure}. */
        private static final Object END = new Object();

        private record Failure(Throwable thrown) {
        }

        private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        private final ExecutorService thread = WorkerThreads.single("pptx-layout");
        private volatile boolean closed;
        private volatile int laidOut;
        private boolean ended;

        LayingOut(SlideLayoutEngine engine, Programme programme) {
            thread.execute(() -> {
                try {
                    engine.layout(programme, page -> {
                        if (closed) {
                            throw new CancellationException("the deck is no longer written");
                        }
                        laidOut++;
                        queue.add(page);
                    });
                    queue.add(END);
                } catch (Throwable thrown) {
                    queue.add(new Failure(thrown));
                }
            });
            thread.shutdown();
        }

        @Override
        SlidePage produce() {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the layout");
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure failure) {
                ended = true;
                if (failure.thrown() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failure.thrown() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("the layout failed", failure.thrown());
            }
            return (SlidePage) item;
        }

        @Override
        int expected() {
            return laidOut;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
