package backoffice.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.testsupport.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The streaming loader: bounded batches per tick, the outcome only after the last item, old loads silent. */
class StreamingLoadTest {

    private final ManualScheduler ticks = new ManualScheduler();
    private final HeldRunner runner = new HeldRunner();
    private final StreamingLoad<Integer> load = new StreamingLoad<>(ticks, runner);
    private final Heard heard = new Heard();

    @Test
    void itemsComeInBoundedBatchesAndTheOutcomeAfterTheLastOne() {
        int before = StreamingLoad.runningLoads();
        load.start((offer, p) -> {
            for (int page = 0; page < 100; page++) {
                offer.accept(IntStream.range(page * 100, page * 100 + 100).boxed().toList());
            }
            return "all 10000";
        }, heard);
        assertThat(load.runningProperty().get()).isTrue();
        runner.finishAll();
        assertThat(heard.outcome).as("no outcome while items wait").isNull();
        assertThat(StreamingLoad.runningLoads()).as("the fetch has ended, the rows still come").isEqualTo(before + 1);
        while (ticks.runNext()) {
            // each tick hands over a batch; Heard checks that none comes after the outcome
        }
        List<Integer> sizes = heard.batches.stream().filter(b -> !b.isEmpty()).map(List::size).toList();
        assertThat(sizes).startsWith(8, 8, 8, 8, 8, 8, StreamingLoad.BATCH, StreamingLoad.BATCH)
                .allMatch(n -> n <= StreamingLoad.BATCH);
        assertThat(heard.items()).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
        assertThat(heard.outcome).isEqualTo("completed all 10000");
        assertThat(heard.outcomeAfter).isEqualTo(10_000);
        assertThat(load.runningProperty().get()).isFalse();
        assertThat(StreamingLoad.runningLoads()).isEqualTo(before);
        assertThat(ticks.delays).contains(Duration.ofMillis(StreamingLoad.CATCH_UP_MS));
        assertThat(ticks.pending()).isZero();
    }

    @Test
    void untilTheFirstItemsArriveThePumpLooksEveryFrameSoTheFirstPageShowsAtOnce() {
        load.start((offer, p) -> {
            offer.accept(List.of(1, 2, 3));
            return "done";
        }, heard);
        ticks.runNext();
        ticks.runNext();
        assertThat(heard.items()).as("the first page is still on its way").isEmpty();
        assertThat(ticks.delays).as("so the pump looks again a frame later each time, not an idle tick later")
                .hasSize(3).allMatch(d -> d.equals(Duration.ofMillis(StreamingLoad.CATCH_UP_MS)));
        runner.finishAll();
        while (ticks.runNext()) {
            // the first page and the outcome
        }
        assertThat(heard.items()).containsExactly(1, 2, 3);
    }

    @Test
    void onceItemsHaveComeAQuietFetchIsLookedAtLessOften() throws Exception {
        CountDownLatch offered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> page = IntStream.range(0, 100).boxed().toList();
        load.start((offer, p) -> {
            offer.accept(page);
            offered.countDown();
            release.await();
            return "done";
        }, heard);
        Thread fetching = new Thread(runner::finishAll, "fetching");
        fetching.start();
        try {
            assertThat(offered.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < StreamingLoad.RAMP / StreamingLoad.FIRST_BATCH + 1; i++) {
                ticks.runNext();
            }
            assertThat(heard.items()).containsExactlyElementsOf(page);
            assertThat(ticks.delays.get(ticks.delays.size() - 1)).as("nothing waits and the first rows are shown")
                    .isEqualTo(Duration.ofMillis(StreamingLoad.IDLE_MS));
        } finally {
            release.countDown();
            fetching.join();
        }
        assertThat(heard.outcome).isEqualTo("completed done");
    }

    @Test
    void aCancelledFetchHandsOverWhatItOfferedThenSaysStopped() {
        load.start((offer, p) -> {
            offer.accept(List.of(1, 2, 3));
            return p.isCancelled() ? "cut short" : "whole";
        }, heard);
        load.cancel();
        runner.finishAll();
        while (ticks.runNext()) {
            // ticks
        }
        assertThat(heard.items()).containsExactly(1, 2, 3);
        assertThat(heard.outcome).isEqualTo("stopped");
        assertThat(load.runningProperty().get()).isFalse();
    }

    @Test
    void aFailureIsToldAfterTheItemsOfferedBeforeIt() {
        load.start((offer, p) -> {
            offer.accept(List.of(1, 2));
            throw new IllegalStateException("page 2 refused");
        }, heard);
        runner.finishAll();
        while (ticks.runNext()) {
            // ticks
        }
        assertThat(heard.items()).containsExactly(1, 2);
        assertThat(heard.outcome).isEqualTo("failed page 2 refused");
        assertThat(heard.outcomeAfter).isEqualTo(2);
    }

    @Test
    void aDroppedOrReplacedLoadIsSilent() {
        Heard first = new Heard();
        load.start((offer, p) -> {
            offer.accept(List.of(1));
            return "first";
        }, first);
        load.start((offer, p) -> {
            offer.accept(List.of(7, 8));
            return "second";
        }, heard);
        runner.finishAll();
        while (ticks.runNext()) {
            // ticks
        }
        assertThat(first.items()).isEmpty();
        assertThat(first.outcome).isNull();
        assertThat(heard.items()).containsExactly(7, 8);
        assertThat(heard.outcome).isEqualTo("completed second");

        Heard dropped = new Heard();
        int before = StreamingLoad.runningLoads();
        load.start((offer, p) -> {
            offer.accept(List.of(5));
            return "dropped";
        }, dropped);
        assertThat(StreamingLoad.runningLoads()).isEqualTo(before + 1);
        load.drop();
        assertThat(load.runningProperty().get()).isFalse();
        assertThat(StreamingLoad.runningLoads()).as("a dropped load is not running").isEqualTo(before);
        runner.finishAll();
        while (ticks.runNext()) {
            // ticks
        }
        assertThat(dropped.items()).isEmpty();
        assertThat(dropped.outcome).isNull();
    }

    /** What the listener heard, in order. */
    private static final class Heard implements StreamingLoad.Listener<Integer, String> {
        final List<List<Integer>> batches = new ArrayList<>();
        String outcome;
        int outcomeAfter = -1;

        List<Integer> items() {
            return batches.stream().flatMap(List::stream).toList();
        }

        @Override
        public void batch(List<Integer> items, int tick) {
            assertThat(outcome).isNull();
            batches.add(items);
        }

        @Override
        public void completed(String result) {
            told("completed " + result);
        }

        @Override
        public void failed(Throwable error) {
            told("failed " + error.getMessage());
        }

        @Override
        public void stopped() {
            told("stopped");
        }

        private void told(String what) {
            assertThat(outcome).as("one outcome").isNull();
            outcome = what;
            outcomeAfter = items().size();
        }
    }

    /** Holds tasks until the test lets them run (on the test's thread, as the FX thread would get their ends). */
    private static final class HeldRunner implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> TaskHandle run(BackgroundTask<T> task) {
            boolean[] cancelled = {false};
            held.add(() -> {
                Progress p = new Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public void message(String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                };
                T value;
                try {
                    value = task.call(p);
                } catch (Exception e) {
                    if (cancelled[0]) {
                        task.cancelled();
                    } else {
                        task.failed(e);
                    }
                    return;
                }
                if (cancelled[0]) {
                    task.cancelled();
                } else {
                    task.succeeded(value);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public ReadOnlyBooleanProperty runningProperty() {
                    return new SimpleBooleanProperty(true);
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return new SimpleDoubleProperty(-1);
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return new SimpleStringProperty("");
                }
            };
        }

        void finishAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
