/**
 * Messaging's published records of attachments: a file sent with a message, an attachment as a
 * reader sees it, one opened for download, and where staff filed one in General Documents.
 */
package org.foyer.messages.attachments;
