package org.foyer.clients;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff type into a client's record, as entered. {@link ClientRules} checks it field by field
 * before anything is stored, so a refused form can be shown again exactly as typed.
 */
public record ClientDetails(
    String legalFirstName,
    String legalLastName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String city,
    String region,
    String postalCode,
    String emergencyContactName,
    String emergencyContactPhone,
    String emergencyContactRelationship,
    UUID clinicianId,
    ClientStatus status) {}
