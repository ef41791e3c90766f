/**
 * Filling a sent form in the portal: opening it with its prefills, keeping the draft, submitting it
 * with the signer's signature, and the portal's list of forms waiting. Its own page bean ({@code
 * FillForm}) and REST resource use the same service.
 */
package org.foyer.intake.filling.boundary;
