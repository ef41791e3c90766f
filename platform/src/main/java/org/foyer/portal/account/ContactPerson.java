package org.foyer.portal.account;

import java.util.UUID;

/**
 * Who a contact is, as staff describe them; already checked against the input's rules.
 *
 * @param email the person's address (their login once invited), or null
 * @param clientId the person's own client record when they are a client of the practice, or null
 */
public record ContactPerson(String name, String email, String phone, UUID clientId) {}
