package org.foyer.admin.forms.boundary;

import java.util.List;
import org.foyer.admin.forms.control.BlueprintField;
import org.foyer.admin.forms.control.BlueprintField.ShowWhen;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;

/** Blueprints as an administrator builds them in the form builder. */
public final class SampleBlueprints {

  private SampleBlueprints() {}

  /** A short intake form with a conditional question: details asked only after "yes". */
  public static FormBlueprint previousTherapy() {
    return new FormBlueprint(
        "Previous therapy",
        List.of(
            field("preferredName", Widget.SHORT_TEXT, "Preferred name", false)
                .withPrefill(ClientFact.PREFERRED_NAME),
            field("hadTherapy", Widget.YES_NO, "Have you been in therapy before?", true),
            new BlueprintField(
                "therapyDetails",
                Widget.LONG_TEXT,
                "Tell us about it",
                false,
                List.of(),
                null,
                new ShowWhen("hadTherapy", "yes"),
                null)));
  }

  /** One question of every widget the engine supports. */
  public static FormBlueprint everyWidget() {
    return new FormBlueprint(
        "Every widget",
        List.of(
            field("intro", Widget.INFO, "Please answer what you can.", false),
            field("nickname", Widget.SHORT_TEXT, "Nickname", true),
            field("story", Widget.LONG_TEXT, "Your story", false),
            field("mail", Widget.EMAIL, "Email", false),
            field("phone", Widget.PHONE, "Phone", false),
            field("born", Widget.DATE, "Date of birth", false),
            field("sessions", Widget.NUMBER, "Sessions wanted", false),
            options("contact", Widget.RADIO, "Contact by", "Phone", "Email"),
            options("referral", Widget.SELECT, "Referred by", "Doctor", "Friend"),
            options("symptoms", Widget.CHECKBOXES, "Symptoms", "Sleep", "Mood"),
            field("consents", Widget.YES_NO, "Do you consent?", true),
            options("stress", Widget.LIKERT, "Stress", "None", "Some", "A lot"),
            options("medications", Widget.REPEAT, "Medications", "Name", "Dose"),
            field("initials", Widget.INITIALS, "Initials", false),
            field("card", Widget.FILE, "Insurance card", false),
            field("signature", Widget.SIGNATURE, "Signature", false)));
  }

  public static BlueprintField field(String name, Widget widget, String label, boolean required) {
    return new BlueprintField(name, widget, label, required, List.of(), null, null, null);
  }

  public static BlueprintField options(
      String name, Widget widget, String label, String... choices) {
    return new BlueprintField(name, widget, label, false, List.of(choices), null, null, null);
  }
}
