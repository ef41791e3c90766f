/** The table of client diagnoses. */
package org.foyer.diagnoses.entity;
