package org.foyer.core.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.foyer.core.id.TypedId;
import org.foyer.core.id.TypedIds;

/**
 * Lets resources take typed ids ({@code @PathParam("id") ClientId id}). A malformed id answers 404,
 * as an id nobody has does.
 */
@Provider
public class TypedIdParameters implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (!TypedId.class.isAssignableFrom(rawType)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Class<? extends TypedId> idType = (Class<? extends TypedId>) rawType;
    return new ParamConverter<>() {
      @Override
      public T fromString(String text) {
        return rawType.cast(TypedIds.parse(idType, text).orElseThrow(NotFoundException::new));
      }

      @Override
      public String toString(T id) {
        return ((TypedId) id).value().toString();
      }
    };
  }
}
