/**
 * Auto-population: fills fields from named client-record facts and reports which pre-filled answers
 * the client changed, so staff can take the change back into the record.
 */
package org.foyer.forms.populate;
