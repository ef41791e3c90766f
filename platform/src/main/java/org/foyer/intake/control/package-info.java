/**
 * The intake workflow's logic behind its services: pinning the forms sent, the client facts forms
 * are filled from, the portal notices, the engine with the practice's pack layouts, and the stored
 * JSON of scores, signatures and changes.
 */
package org.foyer.intake.control;
