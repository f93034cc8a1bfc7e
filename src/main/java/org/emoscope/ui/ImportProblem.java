package org.emoscope.ui;

/**
 * A file or folder that did not become a clip, as listed in the workbench's problem panel.
 *
 * @param source the corpus folder it was found in
 * @param file   the file relative to that folder, or the folder itself
 * @param reason why it is not a clip
 */
public record ImportProblem(String source, String file, String reason) {
}
