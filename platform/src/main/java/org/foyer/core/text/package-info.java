/** Rules about which characters of typed text can be stored, shared by pages and the API. */
package org.foyer.core.text;
