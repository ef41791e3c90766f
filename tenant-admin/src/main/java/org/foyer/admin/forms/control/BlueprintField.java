package org.foyer.admin.forms.control;

import java.util.List;
import java.util.Objects;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * One question as the form builder edits it. The engine decides whether it is valid; this record
 * only carries what the administrator chose.
 *
 * @param name the answer's name in the definition (letters, digits, '-' or '_')
 * @param options choices for radio, select, checkboxes and Likert (one label per point), or the
 *     column labels of a repeatable group
 * @param prefill the client fact that fills the answer in, or null
 * @param showWhen shown only while another answer matches, or null for always
 * @param signer for a signature, who must sign it (anyone completing the form when not said);
 *     always {@link SignedBy#ANYONE} for other widgets
 */
public record BlueprintField(
    String name,
    Widget widget,
    String label,
    boolean required,
    List<String> options,
    ClientFact prefill,
    ShowWhen showWhen,
    SignedBy signer) {

  public static final int MAX_OPTIONS = 50;
  public static final int LABEL_LENGTH = 500;

  public BlueprintField {
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(widget, "widget");
    label = label == null ? "" : label.strip();
    options =
        options == null
            ? List.of()
            : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    signer = widget == Widget.SIGNATURE && signer != null ? signer : SignedBy.ANYONE;
  }

  public BlueprintField withPrefill(ClientFact fact) {
    return new BlueprintField(name, widget, label, required, options, fact, showWhen, signer);
  }

  public BlueprintField withShowWhen(ShowWhen condition) {
    return new BlueprintField(name, widget, label, required, options, prefill, condition, signer);
  }

  /** Show the field only while the answer named {@code field} equals {@code value}. */
  public record ShowWhen(String field, String value) {
    public ShowWhen {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }
}
