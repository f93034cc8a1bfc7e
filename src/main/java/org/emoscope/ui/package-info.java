/**
 * The JavaFX workbench: one view and one view model per room ({@code corpus}, {@code clip}, {@code training},
 * {@code results}, {@code audit}, {@code live}, {@code prefs}), and here what the rooms share: the
 * {@link org.emoscope.ui.Workspace} of open corpora and the {@link org.emoscope.ui.WorkbenchSelection}.
 *
 * <p><b>Read-only lists.</b> A view model hands out its observable lists read-only through a wrapper
 * ({@code FXCollections.unmodifiableObservableList}) made once, in a field, never per call: a wrapper listens to its
 * list only weakly, so a listener added to a wrapper made per call stops hearing changes once that wrapper is
 * collected.
 */
package org.emoscope.ui;
