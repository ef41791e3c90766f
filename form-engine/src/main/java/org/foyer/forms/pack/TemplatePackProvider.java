package org.foyer.forms.pack;

/**
 * The Java SPI through which a jar contributes template packs. Implement it, list the class in
 * {@code META-INF/services/org.foyer.forms.pack.TemplatePackProvider}, and return the pack's files
 * (typically {@link PackFiles#fromClasspath}). Provided packs are validated exactly like uploaded
 * ones.
 */
public interface TemplatePackProvider {

  PackFiles files();
}
