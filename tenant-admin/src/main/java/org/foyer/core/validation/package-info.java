/**
 * Checking what people type, once for every way it arrives: input records carry Bean Validation
 * constraints; {@link org.foyer.core.validation.Inputs} checks them in the service that stores the
 * input (so a page and the API refuse alike), and {@link org.foyer.core.validation.RecordDraft}
 * lets a Faces page edit an input record field by field without a hand-written form class.
 */
package org.foyer.core.validation;
