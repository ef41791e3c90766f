/**
 * Electronic signatures: what was captured (typed name, drawn image by reference, intent shown, who
 * signed for whom, when and from where) sealed into a {@link
 * org.foyer.forms.signature.SignatureRecord} with the hash of the answers it covers.
 */
package org.foyer.forms.signature;
