package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class FirstShownTest {

    @Test
    void runsOnceTheFirstTimeThePaneIsShownAndNotAgain() {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        FirstShown first = new FirstShown(shown);
        first.then(runs::incrementAndGet);
        assertThat(first.happened()).isFalse();
        assertThat(runs).hasValue(0);
        shown.set(true);
        assertThat(first.happened()).isTrue();
        assertThat(runs).hasValue(1);
        shown.set(false);
        shown.set(true);
        assertThat(runs).as("once").hasValue(1);
    }

    @Test
    void runsAtOnceWhenThePaneIsShownAlready() {
        AtomicInteger runs = new AtomicInteger();
        FirstShown first = new FirstShown(new SimpleBooleanProperty(true));
        first.then(runs::incrementAndGet);
        assertThat(first.happened()).isTrue();
        assertThat(runs).hasValue(1);
    }
}
