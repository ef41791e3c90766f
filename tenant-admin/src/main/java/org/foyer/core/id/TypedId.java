package org.foyer.core.id;

import java.util.UUID;

/**
 * The id of one kind of record: a record with a single UUID component named {@code value}. The REST
 * and Faces converters read any of them from text, so a new kind needs no converter.
 */
public interface TypedId {

  UUID value();
}
