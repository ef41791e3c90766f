/** The diagnoses service, its API and the client page's section. */
package org.foyer.diagnoses.boundary;
