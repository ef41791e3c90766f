/**
 * Web plumbing every page and resource shares: problem+json answers, the one Faces exception
 * handler, typed ids on pages, accessible messages. Routing an address to its practice is in {@code
 * routing}; what guards each request (CSRF, security headers, cookies, sizes, the client's address
 * behind trusted proxies) in {@code guard}.
 */
package org.foyer.core.web;
