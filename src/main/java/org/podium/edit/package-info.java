/**
 * Changes to a programme as small {@link org.podium.edit.Edit} records, and the undo history
 * that applies them. Pure Java over the model: no JavaFX, so the editor's view models and tests
 * share it without a toolkit.
 */
package org.podium.edit;
