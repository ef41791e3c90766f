/**
 * A client's diagnoses as ICD-10-CM codes, for superbills: entered by the client's clinician, or by
 * staff with "billing" from the clinician's note; the portal shows them only on superbills.
 * Everyone else meets a client's diagnoses as missing.
 */
package org.foyer.diagnoses;
