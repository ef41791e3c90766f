package org.foyer.admin.packets.boundary;

/** One included form of a packet as the engine renders it (blank), for the preview. */
public record PreviewedForm(String title, String html) {}
