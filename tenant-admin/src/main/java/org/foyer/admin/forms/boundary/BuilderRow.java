package org.foyer.admin.forms.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.foyer.admin.forms.control.BlueprintField;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * One question as the builder page edits it: plain properties for the inputs, options one per line.
 * Turned into a {@link BlueprintField} for the engine on every preview and save.
 */
public class BuilderRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private Widget widget;
  private String label = "";
  private boolean required;
  private String options = "";
  private ClientFact prefill;
  private String showWhenField;
  private String showWhenValue;
  private SignedBy signer = SignedBy.ANYONE;

  public BuilderRow() {}

  BuilderRow(String name, Widget widget) {
    this.name = name;
    this.widget = widget;
  }

  static BuilderRow of(BlueprintField field) {
    BuilderRow row = new BuilderRow(field.name(), field.widget());
    row.label = field.label();
    row.required = field.required();
    row.options = String.join("\n", field.options());
    row.prefill = field.prefill();
    row.signer = field.signer();
    if (field.showWhen() != null) {
      row.showWhenField = field.showWhen().field();
      row.showWhenValue = field.showWhen().value();
    }
    return row;
  }

  BlueprintField toField() {
    List<String> lines = Arrays.asList((options == null ? "" : options).split("\\R"));
    BlueprintField.ShowWhen showWhen =
        showWhenField == null || showWhenField.isBlank()
            ? null
            : new BlueprintField.ShowWhen(
                showWhenField, showWhenValue == null ? "" : showWhenValue);
    return new BlueprintField(name, widget, label, required, lines, prefill, showWhen, signer);
  }

  /** Whether the widget takes options (choices, Likert points or repeat columns). */
  public boolean isWithOptions() {
    return widget.isChoice() || widget == Widget.REPEAT;
  }

  public boolean isSignature() {
    return widget == Widget.SIGNATURE;
  }

  public SignedBy getSigner() {
    return signer;
  }

  public void setSigner(SignedBy signer) {
    this.signer = signer == null ? SignedBy.ANYONE : signer;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Widget getWidget() {
    return widget;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public ClientFact getPrefill() {
    return prefill;
  }

  public void setPrefill(ClientFact prefill) {
    this.prefill = prefill;
  }

  public String getShowWhenField() {
    return showWhenField;
  }

  public void setShowWhenField(String showWhenField) {
    this.showWhenField = showWhenField;
  }

  public String getShowWhenValue() {
    return showWhenValue;
  }

  public void setShowWhenValue(String showWhenValue) {
    this.showWhenValue = showWhenValue;
  }
}
