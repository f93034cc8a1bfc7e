package org.emoscope.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final WindowBounds LAPTOP = new WindowBounds(0, 0, 1366, 740);
    private static final WindowBounds MONITOR = new WindowBounds(1366, -200, 1920, 1160);

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds saved = new WindowBounds(100, 50, 1000, 600);

        assertThat(WindowPlacement.fit(saved, List.of(LAPTOP))).contains(saved);
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        WindowBounds saved = new WindowBounds(1500, -100, 1200, 900);

        assertThat(WindowPlacement.fit(saved, List.of(LAPTOP, MONITOR))).contains(saved);
    }

    @Test
    void aWindowLargerThanItsScreenShrinksOntoIt() {
        WindowBounds saved = new WindowBounds(-30, 20, 1600, 900);

        assertThat(WindowPlacement.fit(saved, List.of(LAPTOP))).contains(new WindowBounds(0, 0, 1366, 740));
    }

    @Test
    void aWindowHangingOffItsScreenMovesOntoIt() {
        WindowBounds saved = new WindowBounds(1000, 500, 800, 400);

        assertThat(WindowPlacement.fit(saved, List.of(LAPTOP))).contains(new WindowBounds(566, 340, 800, 400));
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsCentredOnThePrimaryOne() {
        WindowBounds saved = new WindowBounds(2000, 100, 1000, 600);

        assertThat(WindowPlacement.fit(saved, List.of(LAPTOP))).contains(new WindowBounds(183, 70, 1000, 600));
    }

    @Test
    void unusableBoundsLeaveTheDefaultPlace() {
        assertThat(WindowPlacement.fit(null, List.of(LAPTOP))).isEmpty();
        assertThat(WindowPlacement.fit(new WindowBounds(Double.NaN, 0, 1000, 600), List.of(LAPTOP))).isEmpty();
        assertThat(WindowPlacement.fit(new WindowBounds(0, 0, 0, 0), List.of(LAPTOP))).isEmpty();
        assertThat(WindowPlacement.fit(new WindowBounds(0, 0, 100, 50), List.of(LAPTOP))).isEmpty();
        assertThat(WindowPlacement.fit(new WindowBounds(0, 0, 1000, 600), List.of())).isEmpty();
    }
}
