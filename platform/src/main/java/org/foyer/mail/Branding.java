package org.foyer.mail;

/** The practice as its emails show it: the name, an AA-checked colour and the welcome text. */
record Branding(String practice, String colour, String welcome) {}
