package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControllerFactoryTest {

    static final class KnownView {
    }

    static final class UnknownView {
    }

    @Test
    void givesTheControllerTheCompositionRootBuilt() {
        KnownView view = new KnownView();
        ControllerFactory factory = new ControllerFactory().register(KnownView.class, () -> view);
        assertThat(factory.call(KnownView.class)).isSameAs(view);
    }

    @Test
    void unknownControllerFailsLoudlyWithItsName() {
        ControllerFactory factory = new ControllerFactory().register(KnownView.class, KnownView::new);
        assertThatThrownBy(() -> factory.call(UnknownView.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UnknownView.class.getName())
                .hasMessageContaining("KnownView");
    }

    @Test
    void registeringAControllerTwiceIsAMistake() {
        ControllerFactory factory = new ControllerFactory().register(KnownView.class, KnownView::new);
        assertThatThrownBy(() -> factory.register(KnownView.class, KnownView::new))
                .isInstanceOf(IllegalStateException.class);
    }
}
