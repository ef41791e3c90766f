/**
 * Template packs installed for a practice: the built-in default pack found through the engine's
 * ServiceLoader SPI, plus vendor packs uploaded as zip, validated by the engine's pack loader and
 * stored in the database. Main entity {@link org.foyer.admin.packs.InstalledPack}; the service is
 * {@link org.foyer.admin.packs.PracticePacks}.
 */
package org.foyer.admin.packs;
