package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TensorsTest {

    @Test
    void flatReadsSlicesAndStridedViewsAsTheirCopies() {
        INDArray array = Nd4j.arange(24).castTo(DataType.FLOAT).reshape('c', 2, 3, 4);
        for (INDArray view : new INDArray[] {array, array.slice(0), array.slice(1), array.permute(0, 2, 1),
                array.reshape('c', 6, 4).transpose()}) {
            assertThat(Tensors.flat(view)).containsExactly(view.dup('c').data().asFloat());
        }
        assertThat(Tensors.inBufferOrder(array.slice(0))).isTrue();
        assertThat(Tensors.inBufferOrder(array.slice(1))).isFalse();
        assertThat(Tensors.inBufferOrder(array.permute(0, 2, 1))).isFalse();
    }
}
