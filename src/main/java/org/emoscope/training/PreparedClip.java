package org.emoscope.training;

/**
 * One clip ready for the network.
 *
 * @param features {@code [mel][frame]}, standardised and cut or padded to the fold's frame count
 * @param frames   how many leading frames the network reads as audio: the clip's real length when padding is
 *                 masked, every frame otherwise
 */
public record PreparedClip(float[][] features, int frames) {
}
