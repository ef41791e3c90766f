/**
 * Web plumbing: routing {@code /p/{slug}/...} addresses to a practice and its pages, the security
 * headers on every response, and keeping Faces' generated links inside the practice's address.
 */
package org.foyer.core.web;
