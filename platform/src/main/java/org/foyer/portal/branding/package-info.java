/**
 * The practice's branding on its public and portal pages: display name, logo and a brand colour
 * applied through a stylesheet (the page policy allows no inline style from practice settings).
 */
package org.foyer.portal.branding;
