/**
 * The practice's own forms: drafts built in the form builder, published immutable versions sealed
 * with the engine's SHA-256, copies and archiving. Main entity {@link
 * org.foyer.admin.forms.entity.PracticeForm}; the service is {@link
 * org.foyer.admin.forms.boundary.PracticeForms}.
 */
package org.foyer.admin.forms;
