/**
 * Forms with several signers: the signing plan a sent form carries, whose turn it is, sealing each
 * signature over the stored answers, and telling the next signer.
 */
package org.foyer.intake.signing.control;
