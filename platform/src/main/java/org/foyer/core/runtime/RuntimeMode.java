package org.foyer.core.runtime;

/** Development allows generated keys, the embedded database and demo data; production does not. */
public enum RuntimeMode {
  DEVELOPMENT,
  PRODUCTION
}
