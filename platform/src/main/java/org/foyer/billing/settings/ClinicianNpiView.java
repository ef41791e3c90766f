package org.foyer.billing.settings;

import java.util.UUID;

/** A clinician of the practice with the NPI superbills print for them (null until entered). */
public record ClinicianNpiView(UUID clinicianId, String name, String npi) {}
