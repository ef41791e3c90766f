/**
 * Secure messaging (issue 14): conversations about one client between the client (or a contact
 * whose link permits messages) and the care team. Main entity: {@code Conversation} with its
 * immutable, sealed {@code Message}s.
 */
package org.foyer.messages;
