/** Messaging's entities: conversations, their sealed messages, read markers and mail notices. */
package org.foyer.messages.entity;
