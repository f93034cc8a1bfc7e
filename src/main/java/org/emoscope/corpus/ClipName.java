package org.emoscope.corpus;

/**
 * What a clip's file name (and speaker folder) says about it.
 *
 * @param speaker  who speaks
 * @param emotion  the acted emotion
 * @param textId   which sentence, see {@link Clip#textId()}
 * @param identity unique within a corpus: two files with the same identity are the same recording
 */
record ClipName(Speaker speaker, Emotion emotion, String textId, String identity) {
}
