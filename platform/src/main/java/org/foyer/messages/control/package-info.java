/** Messaging's rules: who takes part, cursors, notice batching and how text is shown. */
package org.foyer.messages.control;
