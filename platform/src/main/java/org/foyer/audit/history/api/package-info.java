/**
 * The REST side of the audit review: a client's access history, the practice's log and its export
 * as a spreadsheet, over the services of {@code org.foyer.audit.history}.
 */
package org.foyer.audit.history.api;
