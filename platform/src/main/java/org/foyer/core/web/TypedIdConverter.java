package org.foyer.core.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.foyer.core.errors.NotFound;
import org.foyer.core.id.TypedId;
import org.foyer.core.id.TypedIds;

/**
 * Reads a typed id from a page parameter or a form value. A malformed id is not a conversion
 * message on the page: it answers 404, as an id nobody has does ({@link PageMishaps}).
 */
@FacesConverter(forClass = TypedId.class)
public class TypedIdConverter implements Converter<TypedId> {

  @Override
  public TypedId getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return TypedIds.parse(idType(context, component), text)
        .orElseThrow(() -> new NotFound("That page"));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, TypedId id) {
    return id == null ? "" : id.value().toString();
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends TypedId> idType(FacesContext context, UIComponent component) {
    ValueExpression value = component.getValueExpression("value");
    Class<?> type = value == null ? null : value.getType(context.getELContext());
    if (type == null || !TypedId.class.isAssignableFrom(type) || type == TypedId.class) {
      throw new IllegalStateException("A typed id converter needs a value of a typed id type");
    }
    return (Class<? extends TypedId>) type;
  }
}
