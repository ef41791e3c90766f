package org.foyer.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.foyer.core.text.ControlText;

/**
 * Every text field of every page passes here (the converter for {@code String}): a NUL or other
 * control character (see {@link ControlText}), which no one types but a script or a bad paste can
 * send, is refused with a field message instead of reaching PostgreSQL, which cannot store NUL in
 * text and would fail the request as a server error. What the user typed stays in the field.
 */
@FacesConverter(forClass = String.class)
public class StorableText implements Converter<String> {

  static final String MESSAGE =
      "This contains an invisible control character that cannot be saved: retype it and try again";

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (ControlText.refused(value)) {
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, MESSAGE, MESSAGE));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
