package org.foyer.forms.json;

/** A schema tried to load another schema from outside the engine. */
public class RemoteSchemaRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RemoteSchemaRefused(String iri) {
    super("Schemas may not load other schemas; refused " + iri);
  }
}
