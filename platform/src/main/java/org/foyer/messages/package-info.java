/**
 * Secure messaging (issue 14): conversations about one client between the client (or a contact
 * whose link permits messages) and the care team. Main entity: {@code Conversation} with its
 * immutable, sealed {@code Message}s. The records published here are a message and what is sent to
 * write one; those of conversations and of attachments are in {@code conversations} and {@code
 * attachments} beside it.
 */
package org.foyer.messages;
