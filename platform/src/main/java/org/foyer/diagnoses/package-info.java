/**
 * A client's diagnoses as ICD-10-CM codes, for superbills: entered by the client's clinician, or by
 * staff with "billing" from the clinician's note, never shown in the portal. Everyone else meets a
 * client's diagnoses as missing.
 */
package org.foyer.diagnoses;
