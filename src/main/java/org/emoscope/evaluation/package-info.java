/**
 * Scoring of emotion predictions: confusion matrices, WA/UA/F1 reports, leave-one-speaker-out
 * aggregation and CSV tables.
 *
 * <p>Classes are identified by index into a list of label names, so this package depends on nothing
 * but the JDK. Everything here is immutable and thread-safe; nothing does file I/O.
 */
package org.emoscope.evaluation;
