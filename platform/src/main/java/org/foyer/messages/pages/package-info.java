/**
 * The Faces beans behind the portal's and the staff's messages pages: they hold what a page shows
 * and posts, and leave every decision to the services in {@code messages.boundary}.
 */
package org.foyer.messages.pages;
