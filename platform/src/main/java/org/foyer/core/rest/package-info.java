/**
 * The REST API's application and its one family of exception mappers, which turn every failure into
 * an RFC 9457 problem document and never show a stack trace.
 */
package org.foyer.core.rest;
