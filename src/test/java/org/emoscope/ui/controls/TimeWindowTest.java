package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final double EPS = 1e-12;
    private final TimeWindow whole = TimeWindow.whole(4.0);

    @Test
    void zoomingInKeepsTheAnchorAtTheSamePlaceOnScreen() {
        // 1 s is a quarter into the view; after zooming in 2x it still is.
        TimeWindow zoomed = whole.zoom(1.0, 2);

        assertThat(zoomed.spanSeconds()).isCloseTo(2.0, within(EPS));
        assertThat(zoomed.startSeconds()).isCloseTo(0.5, within(EPS));
        assertThat(zoomed.endSeconds()).isCloseTo(2.5, within(EPS));
        assertThat((1.0 - zoomed.startSeconds()) / zoomed.spanSeconds()).isCloseTo(0.25, within(EPS));
        assertThat(zoomed.zoomFactor()).isCloseTo(2.0, within(EPS));
    }

    @Test
    void zoomingOutNearAnEdgeStaysInsideTheClip() {
        // Anchored at its left edge, the 2 s view would run to 5 s; it stops at the clip's end instead.
        TimeWindow out = new TimeWindow(4.0, 3.0, 3.5).zoom(3.0, 0.25);

        assertThat(out.startSeconds()).isCloseTo(2.0, within(EPS));
        assertThat(out.endSeconds()).isEqualTo(4.0);
    }

    @Test
    void zoomingOutNeverShowsMoreThanTheClip() {
        TimeWindow out = whole.zoom(1.0, 4).zoom(1.0, 0.01);

        assertThat(out).isEqualTo(whole);
        assertThat(out.isWhole()).isTrue();
    }

    @Test
    void zoomingInStopsAtTheNarrowestSpan() {
        TimeWindow deep = whole.zoom(2.0, 1e6);

        assertThat(deep.spanSeconds()).isCloseTo(TimeWindow.MIN_SPAN_SECONDS, within(EPS));
        assertThat(deep.contains(2.0)).isTrue();
        // A clip shorter than the narrowest span cannot be magnified at all.
        assertThat(TimeWindow.whole(0.03).zoom(0.01, 10)).isEqualTo(TimeWindow.whole(0.03));
    }

    @Test
    void panningStopsAtBothEndsAndKeepsTheSpan() {
        TimeWindow zoomed = whole.zoom(0, 4);

        assertThat(zoomed.panBy(0.5).startSeconds()).isCloseTo(0.5, within(EPS));
        assertThat(zoomed.panBy(-3)).isEqualTo(new TimeWindow(4.0, 0, 1.0));
        TimeWindow last = zoomed.panBy(10);
        assertThat(last.endSeconds()).isEqualTo(4.0);
        assertThat(last.spanSeconds()).isCloseTo(1.0, within(EPS));
        assertThat(zoomed.scrollTo(2.25).startSeconds()).isCloseTo(2.25, within(EPS));
    }

    @Test
    void revealingATimeOutsideTheViewTurnsToThePageThatStartsThere() {
        TimeWindow first = whole.zoom(0, 4);

        assertThat(first.reveal(0.7)).isSameAs(first);
        assertThat(first.reveal(1.2).startSeconds()).isCloseTo(1.2, within(EPS));
        assertThat(first.reveal(3.8).endSeconds()).isEqualTo(4.0);
        assertThat(first.reveal(3.8).reveal(0).startSeconds()).isZero();
    }

    @Test
    void aWindowOutsideItsClipIsRejected() {
        assertThatThrownBy(() -> new TimeWindow(1.0, 0.5, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5 .. 1.5 s of a 1.0 s clip");
        assertThatThrownBy(() -> new TimeWindow(1.0, 0.6, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyClipHasAnEmptyWindowThatIgnoresZooming() {
        TimeWindow empty = TimeWindow.whole(0);

        assertThat(empty.zoom(0, 2)).isEqualTo(empty);
        assertThat(empty.panBy(1)).isEqualTo(empty);
        assertThat(empty.zoomFactor()).isEqualTo(1);
    }
}
