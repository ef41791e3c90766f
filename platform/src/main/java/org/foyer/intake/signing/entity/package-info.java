/**
 * What a form's signatures are made of: the signing plan and its steps, each signatory and role,
 * the marks a submission refers to, and the refusals of a signature out of turn.
 */
package org.foyer.intake.signing.entity;
