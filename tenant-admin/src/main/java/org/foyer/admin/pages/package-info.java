/**
 * Faces plumbing the practice-administration pages share: running a page action and reporting its
 * outcome, confirmation or refusal, as page messages ({@link org.foyer.admin.pages.PageMessages}).
 */
package org.foyer.admin.pages;
