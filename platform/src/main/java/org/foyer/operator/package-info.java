/**
 * What the operator of a Foyer installation does: creating practices with their first
 * administrator, through an API guarded by the operator token (and the launcher's command line).
 */
package org.foyer.operator;
